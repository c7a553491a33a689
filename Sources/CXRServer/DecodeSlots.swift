/// A counting semaphore for upload decoding: at most `capacity` decodes run at once, at most
/// `maxWaiting` uploads wait for a slot, and one more is refused with 429 instead of queueing
/// without bound. With the pixel limit it bounds the memory concurrent uploads can take.
actor DecodeSlots {
    let capacity: Int
    let maxWaiting: Int
    private var inUse = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(capacity: Int, maxWaiting: Int) {
        self.capacity = max(1, capacity)
        self.maxWaiting = max(0, maxWaiting)
    }

    /// Takes a slot, waiting for one when all are in use; throws `ServerError.queueFull` when
    /// `maxWaiting` uploads already wait.
    func acquire() async throws {
        if inUse < capacity {
            inUse += 1
            return
        }
        guard waiting.count < maxWaiting else { throw ServerError.queueFull(depth: maxWaiting) }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Returns a slot: the longest-waiting upload takes it over, else it becomes free.
    func release() {
        if waiting.isEmpty {
            inUse -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }

    /// Decodes running and uploads waiting (tests, metrics).
    var state: (inUse: Int, waiting: Int) { (inUse, waiting.count) }
}
