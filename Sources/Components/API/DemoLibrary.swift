/// Every live demo, in the order they were added (the build and the tests list them so).
public enum DemoLibrary {
    /// All demos.
    public static let all: [DemoDefinition] = [
        SkeletonsDemo.demo, LoadingClassesDemo.demo, DisconnectBannerDemo.demo, TypingIndicatorDemo.demo,
        UndoBufferDemo.demo, RequiresConnectionDemo.demo, OfflineQueueDemo.demo, UnsavedChangesDemo.demo,
        ExtendedDisconnectDemo.demo, FormRecoveryDemo.demo, ConnectionStatesDemo.demo, NewVersionDemo.demo,
        UrlStateDemo.demo, InlineLoadingDemo.demo, SkeletonFlashDemo.demo, LoadMoreDemo.demo,
        AsyncResultDemo.demo, StaleWhileRevalidateDemo.demo, ProgressDemo.demo, InfiniteScrollDemo.demo, LoadingHierarchyDemo.demo,
        FeedWindowDemo.demo, BackgroundExportDemo.demo, DualStateDemo.demo, JsCommandsDemo.demo, NoOptimismDemo.demo, OptimisticAssignsDemo.demo, OptimisticStreamDemo.demo,
        LatencyThresholdsDemo.demo, SilentDisconnectDemo.demo, OptimisticPaymentDemo.demo, FullPageSpinnerDemo.demo, BlockingModalDemo.demo, LiveCursorsDemo.demo, MousemovePresenceDemo.demo, OptimisticLockingDemo.demo, LastWriteWinsDemo.demo, FieldMergeDemo.demo,
        LiveHighlightDemo.demo,
        ToastsDemo.demo, LiveCountersDemo.demo, LiveBroadcastDemo.demo,
        IdleDetectionDemo.demo,
        PessimisticLockDemo.demo,
        AvatarStackDemo.demo, ActiveFieldDemo.demo,
    ].map(DemoDefinition.init)

    /// The anti-patterns page's bad/good pairs (PATTERNS.md section 7), each with its fault script.
    public static let pairs: [DemoPair] = AntiPatternPairs.all

    /// The demo with this id, if any.
    public static func named(_ id: String) -> DemoDefinition? {
        all.first { $0.id == id }
    }
}
