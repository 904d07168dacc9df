/// One named stage of `rtux build`; its name tags its diagnostics and its progress line.
protocol BuildStep: Sendable {
    var name: String { get }
    func run(_ context: inout BuildContext) throws
}
