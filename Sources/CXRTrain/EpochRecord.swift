import CXRNN

/// One epoch's figures, as written to `metrics.csv` / `metrics.json`.
public struct EpochRecord: Codable, Equatable, Sendable {
    public var epoch: Int
    public var trainLoss: Double
    public var validationLoss: Double
    public var validationMeanAUC: Double?
    public var validationAUCs: [Double?]
    public var learningRate: Double
    public var seconds: Double
    public var trainImagesPerSecond: Double

    static let csvHeader = "epoch,train_loss,val_loss,val_mean_auc,learning_rate,seconds,train_images_per_second"

    var csvLine: String {
        [String(epoch), String(trainLoss), String(validationLoss), validationMeanAUC.map { String($0) } ?? "",
         String(learningRate), String(seconds), String(trainImagesPerSecond)].joined(separator: ",")
    }
}

/// Training progress saved in `last.safetensors` so that an interrupted run resumes where
/// the last complete epoch left it.
public struct TrainingProgress: Codable, Sendable {
    public var completedEpochs: Int
    public var bestMetric: Double?
    public var bestEpoch: Int?
    public var epochsWithoutImprovement: Int
    public var history: [EpochRecord]
    public var schedule: LearningRateScheduleState?
    public var optimizerLearningRate: Float
}
