import Foundation

/// How many samples a reported number rests on.
public struct SampleCounts: Codable, Sendable, Equatable {
    public var images: Int
    public var patients: Int
    /// Positives and negatives per class, in class order.
    public var perClass: [ClassCount]

    public struct ClassCount: Codable, Sendable, Equatable {
        public var name: String
        public var positives: Int
        public var negatives: Int
    }
}

/// Everything reported for one class.
public struct ClassReport: Codable, Sendable, Equatable {
    public var name: String
    public var positives: Int
    public var negatives: Int
    /// AUC on the reported split; nil when the class is skipped (`skipReason`).
    public var auc: Double?
    /// Patient-bootstrap percentile interval of `auc`.
    public var aucInterval: ConfidenceInterval?
    /// Bootstrap replicates left out because the class was absent in them.
    public var bootstrapSkippedReplicates: Int?
    public var skipReason: String?
    /// Youden threshold chosen on the selection split and evaluated on the reported split.
    public var operatingPoint: TransferredOperatingPoint?
    /// Why there is no operating point, when there is none although a selection split was given.
    public var operatingPointSkipReason: String?
}

/// The macro mean AUC with its interval and the classes it averages.
public struct MeanAUCReport: Codable, Sendable, Equatable {
    public var auc: Double
    public var interval: ConfidenceInterval?
    public var bootstrapSkippedReplicates: Int
    public var classes: [String]
    public var skippedClasses: [String]
}

/// The split a decision threshold is chosen on (normally validation), with its data.
public struct ThresholdSelection: Sendable {
    public var split: String
    public var data: MultiLabelScores
    public init(split: String, data: MultiLabelScores) { self.split = split; self.data = data }
}

/// All evaluation figures of one model on one split of one dataset, as JSON.
///
/// Every number carries its context: the dataset and split names, the image and patient counts
/// and each class's positives and negatives; intervals carry their level and the bootstrap
/// settings (resamples, seed) that produced them.
public struct MetricsReport: Codable, Sendable, Equatable {
    public var dataset: String
    public var split: String
    public var counts: SampleCounts
    public var classes: [ClassReport]
    public var meanAUC: MeanAUCReport?
    public var bootstrap: BootstrapConfiguration
    /// Classes with fewer positives than this are skipped (see `ROC.macroAUC`).
    public var minimumPositives: Int
    /// For single-label multi-class problems, the arg-max confusion matrix.
    public var confusion: ConfusionMatrix?

    public init(dataset: String, split: String, counts: SampleCounts, classes: [ClassReport],
                meanAUC: MeanAUCReport?, bootstrap: BootstrapConfiguration, minimumPositives: Int,
                confusion: ConfusionMatrix? = nil) {
        self.dataset = dataset; self.split = split; self.counts = counts; self.classes = classes
        self.meanAUC = meanAUC; self.bootstrap = bootstrap; self.minimumPositives = minimumPositives
        self.confusion = confusion
    }

    /// Evaluates a multi-label problem: per-class AUCs and macro mean with patient-bootstrap
    /// intervals (`Bootstrap.macroAUC`), and, when `thresholdsFrom` is given, each class's Youden
    /// threshold chosen there and evaluated on `data` (`OperatingPoints.youden`).
    /// `patientIDs[i]` is the patient of image `i` of `data`.
    public static func evaluate<ID: Hashable>(
        dataset: String, split: String, data: MultiLabelScores, patientIDs: [ID],
        minimumPositives: Int = 1, bootstrap: BootstrapConfiguration = BootstrapConfiguration(),
        thresholdsFrom selection: ThresholdSelection? = nil
    ) throws -> MetricsReport {
        if let selection, selection.data.classNames != data.classNames {
            throw MetricsError.invalidArgument("threshold selection split \(selection.split) has classes \(selection.data.classNames), expected \(data.classNames)")
        }
        let boot = try Bootstrap.macroAUC(data, patientIDs: patientIDs, minimumPositives: minimumPositives,
                                          configuration: bootstrap)
        var classes: [ClassReport] = []
        for c in 0..<data.classCount {
            let m = boot.macro.perClass[c]
            var r = ClassReport(name: m.name, positives: m.positives, negatives: m.negatives, auc: m.auc,
                                aucInterval: boot.perClass[c]?.interval,
                                bootstrapSkippedReplicates: boot.perClass[c]?.skippedReplicates,
                                skipReason: m.skipReason)
            if let selection {
                do {
                    r.operatingPoint = try OperatingPoints.youden(
                        selectedOn: selection.split, selectionLabels: selection.data.labels[c],
                        selectionScores: selection.data.scores[c],
                        evaluatedOn: split, labels: data.labels[c], scores: data.scores[c])
                } catch let error as MetricsError {
                    r.operatingPointSkipReason = "\(selection.split): \(error)"
                }
            }
            classes.append(r)
        }
        let mean = boot.mean.map {
            MeanAUCReport(auc: $0.estimate, interval: $0.interval, bootstrapSkippedReplicates: $0.skippedReplicates,
                          classes: boot.macro.included, skippedClasses: boot.macro.skipped)
        }
        let counts = SampleCounts(
            images: data.sampleCount, patients: boot.patients,
            perClass: boot.macro.perClass.map { .init(name: $0.name, positives: $0.positives, negatives: $0.negatives) })
        return MetricsReport(dataset: dataset, split: split, counts: counts, classes: classes, meanAUC: mean,
                             bootstrap: bootstrap, minimumPositives: minimumPositives)
    }

    /// Pretty-printed JSON with sorted keys. Non-finite numbers (a +inf threshold) are written as
    /// the strings "inf", "-inf" and "nan".
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try encoder.encode(self)
    }

    /// Reads what `jsonData()` wrote.
    public static func decode(_ data: Data) throws -> MetricsReport {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try decoder.decode(MetricsReport.self, from: data)
    }

    /// A plain-text table; every line names the dataset and split, and every figure its counts.
    public var summary: String {
        let tag = "[\(dataset) / \(split)]"
        func f(_ x: Double?) -> String { x.map { String(format: "%.3f", $0) } ?? "n/a" }
        func ci(_ i: ConfidenceInterval?) -> String {
            i.map { "[\(f($0.lower)), \(f($0.upper))] (\(Int(($0.level * 100).rounded())) % CI)" } ?? "[no CI]"
        }
        var lines = ["\(tag) \(counts.images) images, \(counts.patients) patients; " +
                     "CIs: \(bootstrap.resamples) patient-bootstrap resamples, seed \(bootstrap.seed)"]
        for c in classes {
            var line = "\(tag) \(c.name): "
            if let auc = c.auc {
                line += "AUC \(f(auc)) \(ci(c.aucInterval))"
            } else {
                line += "AUC n/a (\(c.skipReason ?? "skipped"))"
            }
            line += "; \(c.positives) positives, \(c.negatives) negatives"
            if let op = c.operatingPoint {
                let e = op.evaluation
                line += "; Youden threshold \(f(op.selection.threshold)) from \(op.selectedOn): sensitivity \(f(e.sensitivity)), " +
                    "specificity \(f(e.specificity)), PPV \(f(e.positivePredictiveValue)), NPV \(f(e.negativePredictiveValue)) " +
                    "(TP \(e.counts.truePositives), FP \(e.counts.falsePositives), TN \(e.counts.trueNegatives), FN \(e.counts.falseNegatives))"
            }
            lines.append(line)
        }
        if let m = meanAUC {
            lines.append("\(tag) mean AUC over \(m.classes.count) classes: \(f(m.auc)) \(ci(m.interval)); " +
                         "\(counts.images) images, \(counts.patients) patients" +
                         (m.skippedClasses.isEmpty ? "" : "; skipped: \(m.skippedClasses.joined(separator: ", "))"))
        } else {
            lines.append("\(tag) mean AUC: n/a (every class skipped)")
        }
        if let cm = confusion {
            lines.append("\(tag) accuracy \(f(cm.accuracy)), balanced accuracy \(f(cm.balancedAccuracy)) over \(cm.total) images")
        }
        return lines.joined(separator: "\n")
    }
}
