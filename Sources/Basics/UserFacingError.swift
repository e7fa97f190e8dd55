/// An error shown to the user as it is: a message that says what failed and what to do, and
/// the exit code the command ends with. 2: the request or the project is wrong (usage,
/// pipeline.json, a refused release); 1: something the tool ran or wrote failed.
public protocol UserFacingError: Error, CustomStringConvertible {
    var exitCode: Int32 { get }
}
