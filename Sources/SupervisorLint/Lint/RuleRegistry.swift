/// Every rule the linter runs, in code order. A test checks each rule file is listed here.
enum RuleRegistry {
    static let all: [SupervisorRule] = [
        .pl2001,
        .pl2002,
        .pl2003,
        .pl2004,
        .pl2005,
        .pl2006,
        .pl2007,
        .pl2008,
        .pl2009,
        .pl2010,
        .pl2011,
        .pl2012,
        .pl2013,
        .pl2014,
        .pl2015,
        .pl2016,
        .pl2017,
        .pl2018,
    ]
}
