import Foundation

/// A thread started at once that can be waited for: for work that must not queue behind Dispatch's pool.
final class BackgroundThread: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Void) {
        let thread = Thread { [done] in
            work()
            done.signal()
        }
        thread.start()
    }

    func join() {
        done.wait()
    }
}
