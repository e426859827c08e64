// Each browser test runs its own bot host and Chromium; on a 2-core machine two at once starve each other's
// page loads past any sensible timeout, so they take turns.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
