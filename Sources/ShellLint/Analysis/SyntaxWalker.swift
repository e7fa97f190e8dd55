import Basics

/// Builds a `SyntaxIndex` by walking the tree once, carrying the facts rules ask about.
struct SyntaxWalker {
    var index = SyntaxIndex()
    var inFunction = false
    var inSubstitution = false
    /// The word whose parts are being walked, for rules that need the command around a part.
    var currentWord: WordSite?

    mutating func walk(_ list: CommandList, checked: Bool) {
        for item in list.items {
            walk(item, checked: checked)
        }
    }

    mutating func walk(_ item: AndOrList, checked: Bool) {
        index.andOrLists.append(item)
        index.andOrListIsCondition.append(checked)
        let pipelines = item.pipelines
        for (position, pipeline) in pipelines.enumerated() {
            let isLast = position == pipelines.count - 1
            let next: AndOrOperator? = isLast ? nil : item.rest[position].op
            let isChecked = checked || !isLast || pipeline.isNegated
            for (commandIndex, command) in pipeline.commands.enumerated() {
                walk(command, site: CommandSite(
                    command: command, isStatusChecked: isChecked, followedBy: next, isInFunction: inFunction,
                    isInPipeline: pipeline.commands.count > 1, isInSubstitution: inSubstitution,
                    pipelineIndex: commandIndex, pipelineCount: pipeline.commands.count))
            }
        }
    }

    mutating func walk(_ command: Command, site: CommandSite) {
        index.commands.append(site)
        switch command.kind {
        case .simple(let simple):
            walk(simple, span: command.span)
        case .subshell(let list), .group(let list):
            walk(list, checked: false)
        case .ifClause(let clause):
            for branch in clause.branches {
                walk(branch.condition, checked: true)
                walk(branch.body, checked: false)
            }
            if let elseBody = clause.elseBody { walk(elseBody, checked: false) }
        case .forLoop(let loop):
            for item in loop.items ?? [] { walk(item, role: .forItem) }
            walk(loop.body, checked: false)
        case .arithmeticFor(let loop):
            walk(loop.header)
            walk(loop.body, checked: false)
        case .whileLoop(let loop):
            walk(loop.condition, checked: true)
            walk(loop.body, checked: false)
        case .caseClause(let clause):
            walk(clause.subject, role: .caseSubject)
            for item in clause.items {
                for pattern in item.patterns { walk(pattern, role: .casePattern) }
                walk(item.body, checked: false)
            }
        case .function(let function):
            index.functions.append(function)
            let saved = inFunction
            inFunction = true
            walk(function.body, site: CommandSite(
                command: function.body, isStatusChecked: false, followedBy: nil, isInFunction: true,
                isInPipeline: false, isInSubstitution: inSubstitution, pipelineIndex: 0, pipelineCount: 1))
            inFunction = saved
        case .doubleBracket(let expression):
            walk(expression)
        case .arithmetic(let expression):
            walk(expression)
        }
        for redirection in command.redirections { walk(redirection) }
    }

    mutating func walk(_ simple: SimpleCommand, span: SourceSpan) {
        for assignment in simple.assignments {
            index.assignments.append(AssignmentSite(
                assignment: assignment, declaredBy: nil, isCommandPrefix: !simple.words.isEmpty,
                command: simple, commandSpan: span))
            walk(assignment)
        }
        for (position, word) in simple.words.enumerated() {
            let role: WordRole = position == 0 ? .commandName : .argument
            let site = WordSite(word: word, role: role, command: simple, wordIndex: position)
            index.words.append(site)
            let saved = currentWord
            currentWord = site
            walkParts(word.parts, quoted: false, role: role)
            currentWord = saved
        }
        for declaration in simple.declarations {
            index.assignments.append(AssignmentSite(
                assignment: declaration, declaredBy: simple.name, isCommandPrefix: false,
                command: simple, commandSpan: span))
            walk(declaration, role: .declarationValue)
        }
    }

    mutating func walk(_ assignment: Assignment, role: WordRole = .assignmentValue) {
        switch assignment.value {
        case .word(let word):
            walk(word, role: role, assignmentName: assignment.name)
        case .array(let elements):
            for element in elements { walk(element, role: .arrayElement) }
        }
    }

    mutating func walk(_ redirection: Redirection) {
        if let heredoc = redirection.heredoc {
            index.heredocs.append(redirection)
            walk(redirection.target, role: .heredocDelimiter)
            walkParts(heredoc.body, quoted: true, role: nil)
        } else {
            walk(redirection.target, role: .redirectionTarget)
        }
    }

    mutating func walk(_ word: ShellWord, role: WordRole, assignmentName: String? = nil) {
        let site = WordSite(word: word, role: role, command: nil, assignmentName: assignmentName, wordIndex: -1)
        index.words.append(site)
        let saved = currentWord
        currentWord = site
        walkParts(word.parts, quoted: false, role: role)
        currentWord = saved
    }

    mutating func walk(_ expression: TestExpression) {
        index.testExpressions.append(expression)
        switch expression {
        case .word(let word):
            walk(word, role: .testOperand)
        case .unary(_, let operand, _):
            walk(operand, role: .testOperand)
        case .binary(let lhs, let op, let rhs, _):
            walk(lhs, role: .testOperand)
            walk(rhs, role: op == "=~" ? .testRegex : .testOperand)
        case .not(let inner), .group(let inner):
            walk(inner)
        case .and(let lhs, let rhs), .or(let lhs, let rhs):
            walk(lhs)
            walk(rhs)
        case .empty:
            break
        }
    }

    mutating func walk(_ expression: ArithmeticExpression) {
        index.arithmetic.append(expression)
        walkParts(expression.parts, quoted: true, role: nil)
    }

    /// Expansions inside a word, and the commands inside its substitutions.
    mutating func walkParts(_ parts: [WordPart], quoted: Bool, role: WordRole?) {
        for part in parts {
            switch part.kind {
            case .singleQuoted:
                if let site = currentWord { index.singleQuoted.append((part, site)) }
            case .literal, .escaped, .ansiCQuoted:
                break
            case .doubleQuoted(let inner, _):
                walkParts(inner, quoted: true, role: role)
            case .parameter(let expansion):
                index.expansions.append(ExpansionSite(expansion: expansion, span: part.span, isQuoted: quoted, role: role))
                if let argument = expansion.argument {
                    walkParts(argument.parts, quoted: quoted, role: .parameterArgument)
                }
                if let replacement = expansion.replacement {
                    walkParts(replacement.parts, quoted: quoted, role: .parameterArgument)
                }
            case .commandSubstitution(let list, let backquoted):
                index.substitutions.append(SubstitutionSite(list: list, span: part.span, isBackquoted: backquoted,
                                                            isQuoted: quoted, role: role))
                let saved = inSubstitution
                inSubstitution = true
                walk(list, checked: false)
                inSubstitution = saved
            case .processSubstitution(let list, _):
                let saved = inSubstitution
                inSubstitution = true
                walk(list, checked: false)
                inSubstitution = saved
            case .arithmetic(let expression):
                walk(expression)
            }
        }
    }
}
