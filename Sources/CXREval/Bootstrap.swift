/// A two-sided confidence interval `[lower, upper]` at confidence `level` (0.95 = 95 %).
public struct ConfidenceInterval: Codable, Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    public var level: Double

    public init(lower: Double, upper: Double, level: Double) {
        self.lower = lower; self.upper = upper; self.level = level
    }

    public func contains(_ x: Double) -> Bool { lower <= x && x <= upper }
    public var width: Double { upper - lower }
}

/// Settings of a patient bootstrap. Defaults: 1000 resamples, 95 % level, seed 0.
public struct BootstrapConfiguration: Codable, Sendable, Equatable {
    /// Number of bootstrap replicates drawn (including those later skipped).
    public var resamples: Int
    /// Confidence level of the percentile interval.
    public var level: Double
    /// Seed of the `EvalRandom` stream; the same seed and data give the same interval.
    public var seed: UInt64

    public init(resamples: Int = 1000, level: Double = 0.95, seed: UInt64 = 0) {
        self.resamples = resamples; self.level = level; self.seed = seed
    }
}

/// An AUC, its bootstrap percentile interval and how many replicates went into it.
public struct BootstrapEstimate: Codable, Sendable, Equatable {
    /// The AUC of the original (not resampled) data.
    public var estimate: Double
    /// Percentile interval of the valid replicates; nil when fewer than 2 were valid.
    public var interval: ConfidenceInterval?
    /// Replicates drawn.
    public var resamples: Int
    /// Replicates skipped because a class was absent in them (AUC undefined).
    public var skippedReplicates: Int
    /// Replicates used: `resamples - skippedReplicates`.
    public var validReplicates: Int { resamples - skippedReplicates }
}

/// Bootstrap of a multi-label problem: one estimate per class (nil for classes skipped by the
/// macro rule) and one for the macro mean.
public struct MacroBootstrap: Codable, Sendable, Equatable {
    public var configuration: BootstrapConfiguration
    public var macro: MacroAUC
    /// Per class, in class order; nil where the class is skipped in `macro`.
    public var perClass: [BootstrapEstimate?]
    /// Mean AUC over `macro.included`; nil when every class is skipped.
    public var mean: BootstrapEstimate?
    /// Number of patients (groups) resampled.
    public var patients: Int
}

/// Draws patients with replacement and says how many times each image is taken.
///
/// Images are grouped by patient identifier; a replicate draws `G` patients (G = number of
/// distinct patients) uniformly with replacement, and every image of a drawn patient comes along,
/// once per draw. So an image's multiplicity is always that of its patient, and images of one
/// patient are never split.
public struct PatientResampler: Sendable {
    /// Image indices of each patient, patients in order of first appearance.
    public let members: [[Int]]
    /// The patient (index into `members`) of each image.
    public let patientOfImage: [Int]

    public init<ID: Hashable>(patientIDs: [ID]) {
        var index: [ID: Int] = [:]
        var members: [[Int]] = []
        var of = [Int](repeating: 0, count: patientIDs.count)
        for (i, id) in patientIDs.enumerated() {
            if let g = index[id] { members[g].append(i); of[i] = g } else {
                index[id] = members.count; of[i] = members.count; members.append([i])
            }
        }
        self.members = members
        self.patientOfImage = of
    }

    public var patientCount: Int { members.count }
    public var imageCount: Int { patientOfImage.count }

    /// How many times each patient is drawn in one replicate (sums to `patientCount`).
    public func drawPatients(using rng: inout EvalRandom) -> [Int] {
        var counts = [Int](repeating: 0, count: members.count)
        for _ in 0..<members.count { counts[rng.below(members.count)] += 1 }
        return counts
    }

    /// Multiplicity of each image in one replicate (`weights[i] = counts[patient(i)]`).
    public func imageWeights(using rng: inout EvalRandom) -> [Int] {
        let counts = drawPatients(using: &rng)
        return patientOfImage.map { counts[$0] }
    }

    /// The image indices of one replicate, patient by patient in draw order (for callers that
    /// want an explicit resampled list rather than weights).
    public func drawImages(using rng: inout EvalRandom) -> [Int] {
        var out: [Int] = []
        for _ in 0..<members.count { out += members[rng.below(members.count)] }
        return out
    }
}

/// Patient-level bootstrap confidence intervals for AUCs.
///
/// Procedure (for `B = configuration.resamples`, level `1 - alpha`):
/// 1. The point estimate is the AUC of the original data.
/// 2. An `EvalRandom` is seeded with `configuration.seed`. For `b = 1...B` a replicate draws
///    patients with replacement (`PatientResampler`); images weigh as often as their patient was
///    drawn, and the replicate's AUC is the AUC of that multiset (ties count one half).
/// 3. A replicate in which a class has no positives or no negatives is skipped for that class and
///    counted in `skippedReplicates`; the random stream is the same whatever is skipped.
/// 4. The interval is `[q(alpha/2), q(1 - alpha/2)]` of the valid replicate AUCs, `q` being the
///    linear-interpolation percentile (numpy's default): sort the m values, `h = (m - 1) p`,
///    `q = v[floor h] + (h - floor h)(v[floor h + 1] - v[floor h])`.
///
/// Resampling patients rather than images respects the correlation between images of one patient;
/// resampling images would make intervals too narrow when patients have many images.
public enum Bootstrap {
    /// Bootstrap interval of one binary AUC. `patientIDs[i]` is the patient of sample `i`.
    /// Throws as `ROC.auc` does (the original data must contain both classes).
    public static func auc<ID: Hashable>(
        labels: [Bool], scores: [Double], patientIDs: [ID],
        configuration: BootstrapConfiguration = BootstrapConfiguration()
    ) throws -> BootstrapEstimate {
        try ROC.validate(labels: labels, scores: scores)
        try validate(configuration, patients: patientIDs.count, samples: labels.count)
        let ranked = RankedScores(scores)
        let point = ranked.auc(labels: labels, weights: nil)
        guard let estimate = point.auc else {
            throw MetricsError.singleClass(positives: point.positives, negatives: point.negatives)
        }
        let resampler = PatientResampler(patientIDs: patientIDs)
        var rng = EvalRandom(seed: configuration.seed)
        var values: [Double] = []
        values.reserveCapacity(configuration.resamples)
        for _ in 0..<configuration.resamples {
            let w = resampler.imageWeights(using: &rng)
            if let a = ranked.auc(labels: labels, weights: w).auc { values.append(a) }
        }
        return BootstrapEstimate(
            estimate: estimate, interval: interval(values, level: configuration.level),
            resamples: configuration.resamples, skippedReplicates: configuration.resamples - values.count)
    }

    /// `auc(labels:scores:patientIDs:configuration:)` for float scores.
    public static func auc<ID: Hashable>(
        labels: [Bool], scores: [Float], patientIDs: [ID],
        configuration: BootstrapConfiguration = BootstrapConfiguration()
    ) throws -> BootstrapEstimate {
        try auc(labels: labels, scores: scores.map(Double.init), patientIDs: patientIDs, configuration: configuration)
    }

    /// Bootstrap intervals of every included class's AUC and of their macro mean, all from the
    /// same replicates (one patient draw per replicate, shared by the classes).
    ///
    /// Classes are included or skipped as in `ROC.macroAUC(_:minimumPositives:)` on the original
    /// data. A mean replicate is the mean over all included classes; when any of them has no
    /// positives or no negatives in a replicate, that mean replicate is skipped (so every mean
    /// replicate averages the same classes as the point estimate) and counted.
    public static func macroAUC<ID: Hashable>(
        _ data: MultiLabelScores, patientIDs: [ID], minimumPositives: Int = 1,
        configuration: BootstrapConfiguration = BootstrapConfiguration()
    ) throws -> MacroBootstrap {
        if data.sampleCount == 0 { throw MetricsError.empty("multi-label bootstrap") }
        try validate(configuration, patients: patientIDs.count, samples: data.sampleCount)
        let macro = ROC.macroAUC(data, minimumPositives: minimumPositives)
        let included = (0..<data.classCount).filter { macro.perClass[$0].auc != nil }
        let ranked = included.map { RankedScores(data.scores[$0]) }
        let resampler = PatientResampler(patientIDs: patientIDs)
        var rng = EvalRandom(seed: configuration.seed)
        var perClassValues = [[Double]](repeating: [], count: included.count)
        var meanValues: [Double] = []
        for _ in 0..<configuration.resamples {
            let w = resampler.imageWeights(using: &rng)
            var sum = 0.0, complete = true
            for (k, c) in included.enumerated() {
                if let a = ranked[k].auc(labels: data.labels[c], weights: w).auc {
                    perClassValues[k].append(a); sum += a
                } else { complete = false }
            }
            if complete && !included.isEmpty { meanValues.append(sum / Double(included.count)) }
        }
        var perClass = [BootstrapEstimate?](repeating: nil, count: data.classCount)
        for (k, c) in included.enumerated() {
            perClass[c] = BootstrapEstimate(
                estimate: macro.perClass[c].auc!, interval: interval(perClassValues[k], level: configuration.level),
                resamples: configuration.resamples, skippedReplicates: configuration.resamples - perClassValues[k].count)
        }
        let mean = macro.mean.map {
            BootstrapEstimate(estimate: $0, interval: interval(meanValues, level: configuration.level),
                              resamples: configuration.resamples, skippedReplicates: configuration.resamples - meanValues.count)
        }
        return MacroBootstrap(configuration: configuration, macro: macro, perClass: perClass, mean: mean,
                              patients: resampler.patientCount)
    }

    /// Linear-interpolation percentile of `values` at fraction `p` in [0, 1] (numpy's default
    /// `percentile(values, 100 p)`); `values` need not be sorted. Nil when empty.
    public static func percentile(_ values: [Double], _ p: Double) -> Double? {
        let v = values.sorted()
        return sortedPercentile(v, p)
    }

    static func sortedPercentile(_ v: [Double], _ p: Double) -> Double? {
        guard !v.isEmpty else { return nil }
        let h = Double(v.count - 1) * min(max(p, 0), 1)
        let lo = Int(h.rounded(.down)), hi = min(lo + 1, v.count - 1)
        let f = h - Double(lo)
        return v[lo] + f * (v[hi] - v[lo])
    }

    /// Percentile interval of replicate values (nil when fewer than 2).
    static func interval(_ values: [Double], level: Double) -> ConfidenceInterval? {
        guard values.count >= 2 else { return nil }
        let v = values.sorted(), alpha = 1 - level
        return ConfidenceInterval(lower: sortedPercentile(v, alpha / 2)!, upper: sortedPercentile(v, 1 - alpha / 2)!, level: level)
    }

    static func validate(_ c: BootstrapConfiguration, patients: Int, samples: Int) throws {
        if patients != samples {
            throw MetricsError.lengthMismatch(what: "patient identifiers (one per sample)", expected: samples, observed: patients)
        }
        if c.resamples < 1 { throw MetricsError.invalidArgument("bootstrap resamples must be at least 1, got \(c.resamples)") }
        if !(c.level > 0 && c.level < 1) {
            throw MetricsError.invalidArgument("confidence level must be in (0, 1), got \(c.level)")
        }
    }
}
