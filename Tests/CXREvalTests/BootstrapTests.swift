import Foundation
import XCTest
@testable import CXREval

/// Synthetic data: `patients` patients with `imagesPerPatient` images each; a patient is positive
/// with probability 0.3 (all its images share the label), scores = label * separation + noise.
func syntheticPatients(patients: Int, imagesPerPatient: Int, separation: Double = 1.0, seed: UInt64)
    -> (labels: [Bool], scores: [Double], ids: [Int]) {
    var rng = EvalRandom(seed: seed)
    func uniform() -> Double { Double(rng.next() >> 11) * 0x1.0p-53 }
    func normal() -> Double { (-2 * log(max(uniform(), 1e-300))).squareRoot() * cos(2 * .pi * uniform()) }
    var labels: [Bool] = [], scores: [Double] = [], ids: [Int] = []
    for p in 0..<patients {
        let positive = p % 10 < 3  // exactly 30 % (and both classes present)
        let patientEffect = 0.5 * normal()
        for _ in 0..<imagesPerPatient {
            labels.append(positive)
            scores.append((positive ? separation : 0) + patientEffect + normal())
            ids.append(p)
        }
    }
    return (labels, scores, ids)
}

final class BootstrapTests: XCTestCase {
    func testSameSeedSameIntervalOtherSeedOtherInterval() throws {
        let d = syntheticPatients(patients: 120, imagesPerPatient: 2, seed: 1)
        let config = BootstrapConfiguration(resamples: 300, seed: 42)
        let a = try Bootstrap.auc(labels: d.labels, scores: d.scores, patientIDs: d.ids, configuration: config)
        let b = try Bootstrap.auc(labels: d.labels, scores: d.scores, patientIDs: d.ids, configuration: config)
        XCTAssertEqual(a, b, "same seed must reproduce the estimate exactly")
        var other = config
        other.seed = 43
        let c = try Bootstrap.auc(labels: d.labels, scores: d.scores, patientIDs: d.ids, configuration: other)
        XCTAssertNotEqual(a.interval, c.interval, "a different seed should give a different interval")
        XCTAssertEqual(a.estimate, c.estimate, "the point estimate does not depend on the seed")
    }

    func testIntervalContainsEstimateAndHasDefaults() throws {
        let d = syntheticPatients(patients: 200, imagesPerPatient: 3, seed: 2)
        let r = try Bootstrap.auc(labels: d.labels, scores: d.scores, patientIDs: d.ids)
        XCTAssertEqual(r.resamples, 1000, "default resamples")
        XCTAssertEqual(r.skippedReplicates, 0)
        let i = try XCTUnwrap(r.interval)
        XCTAssertEqual(i.level, 0.95)
        XCTAssert(i.contains(r.estimate), "interval [\(i.lower), \(i.upper)] should contain the AUC \(r.estimate)")
        XCTAssert(i.width > 0.01 && i.width < 0.3, "interval width \(i.width) outside the plausible 0.01...0.3 for 200 patients")
        assertClose(r.estimate, try ROC.auc(labels: d.labels, scores: d.scores), tolerance: 0, "estimate = plain AUC")
    }

    func testWidthShrinksWithMorePatients() throws {
        let config = BootstrapConfiguration(resamples: 400, seed: 7)
        let small = syntheticPatients(patients: 60, imagesPerPatient: 2, seed: 3)
        let large = syntheticPatients(patients: 960, imagesPerPatient: 2, seed: 3)
        let ws = try XCTUnwrap(Bootstrap.auc(labels: small.labels, scores: small.scores, patientIDs: small.ids, configuration: config).interval).width
        let wl = try XCTUnwrap(Bootstrap.auc(labels: large.labels, scores: large.scores, patientIDs: large.ids, configuration: config).interval).width
        // 16x the patients: expected width ratio about 1/4; allow up to 0.5.
        XCTAssert(wl < 0.5 * ws, "width with 960 patients \(wl) should be below half the width with 60 patients \(ws)")
    }

    func testDuplicatingImagesWithinPatientsDoesNotNarrowThePatientInterval() throws {
        let base = syntheticPatients(patients: 150, imagesPerPatient: 1, seed: 4)
        var labels: [Bool] = [], scores: [Double] = [], ids: [Int] = []
        for i in base.labels.indices {
            for _ in 0..<5 { labels.append(base.labels[i]); scores.append(base.scores[i]); ids.append(base.ids[i]) }
        }
        let config = BootstrapConfiguration(resamples: 500, seed: 11)
        let once = try Bootstrap.auc(labels: base.labels, scores: base.scores, patientIDs: base.ids, configuration: config)
        let fivefold = try Bootstrap.auc(labels: labels, scores: scores, patientIDs: ids, configuration: config)
        let naive = try Bootstrap.auc(labels: labels, scores: scores, patientIDs: Array(labels.indices), configuration: config)
        let wOnce = try XCTUnwrap(once.interval).width, wFive = try XCTUnwrap(fivefold.interval).width
        let wNaive = try XCTUnwrap(naive.interval).width
        assertClose(fivefold.interval!.lower, once.interval!.lower, tolerance: 1e-12, "patient CI lower, images x5 vs x1")
        assertClose(fivefold.interval!.upper, once.interval!.upper, tolerance: 1e-12, "patient CI upper, images x5 vs x1")
        // Image-level resampling treats the 5 copies as independent: about sqrt(5) narrower.
        XCTAssert(wNaive < 0.7 * wFive, "naive image bootstrap width \(wNaive) should be clearly below the patient width \(wFive) (\(wOnce) with one image each)")
    }

    func testResamplerKeepsPatientsTogether() {
        let ids = ["p1", "p2", "p1", "p3", "p2", "p1", "p4"]
        let r = PatientResampler(patientIDs: ids)
        XCTAssertEqual(r.patientCount, 4)
        XCTAssertEqual(r.members, [[0, 2, 5], [1, 4], [3], [6]])
        var rng = EvalRandom(seed: 5)
        for _ in 0..<200 {
            var copy = rng
            let counts = r.drawPatients(using: &copy)
            let weights = r.imageWeights(using: &rng)
            XCTAssertEqual(counts.reduce(0, +), 4, "patients drawn per replicate")
            for i in ids.indices {
                XCTAssertEqual(weights[i], counts[r.patientOfImage[i]], "image \(i) weight must equal its patient's draw count")
            }
            XCTAssertEqual(weights[0], weights[2]); XCTAssertEqual(weights[2], weights[5]); XCTAssertEqual(weights[1], weights[4])
        }
        var rng2 = EvalRandom(seed: 9)
        for _ in 0..<100 {
            let images = r.drawImages(using: &rng2)
            // Each drawn patient contributes all its images: the multiset splits into whole patients.
            var perPatient = [Int: Int]()
            for i in images { perPatient[r.patientOfImage[i], default: 0] += 1 }
            for (p, n) in perPatient {
                XCTAssertEqual(n % r.members[p].count, 0, "patient \(p): \(n) images drawn, not a multiple of its \(r.members[p].count)")
                let each = Dictionary(grouping: images.filter { r.patientOfImage[$0] == p }, by: { $0 }).mapValues(\.count)
                XCTAssertEqual(Set(each.values).count, 1, "patient \(p)'s images drawn unequally: \(each)")
            }
        }
    }

    func testWeightedAUCEqualsAUCOfTheExpandedSample() throws {
        let d = syntheticPatients(patients: 40, imagesPerPatient: 2, seed: 6)
        let scores = d.scores.map { ($0 * 4).rounded() / 4 }  // many ties
        let ranked = RankedScores(scores)
        let resampler = PatientResampler(patientIDs: d.ids)
        var rng = EvalRandom(seed: 3)
        for k in 0..<50 {
            let w = resampler.imageWeights(using: &rng)
            var l: [Bool] = [], s: [Double] = []
            for i in w.indices { for _ in 0..<w[i] { l.append(d.labels[i]); s.append(scores[i]) } }
            let weighted = ranked.auc(labels: d.labels, weights: w).auc
            let expanded = try? ROC.auc(labels: l, scores: s)
            assertClose(weighted, expanded, tolerance: 1e-12, "replicate \(k): weighted vs expanded AUC")
        }
    }

    func testSkippedReplicatesAreCounted() throws {
        // One positive patient among 30: about (29/30)^30 = 36 % of replicates lack it.
        let ids = Array(0..<30)
        let labels = ids.map { $0 == 7 }
        let scores = ids.map { Double($0 % 5) }
        let config = BootstrapConfiguration(resamples: 500, seed: 21)
        let r = try Bootstrap.auc(labels: labels, scores: scores, patientIDs: ids, configuration: config)
        var rng = EvalRandom(seed: 21)
        let resampler = PatientResampler(patientIDs: ids)
        var expectedSkips = 0
        for _ in 0..<500 where resampler.imageWeights(using: &rng)[7] == 0 { expectedSkips += 1 }
        XCTAssertEqual(r.skippedReplicates, expectedSkips, "skipped replicates: expected \(expectedSkips), observed \(r.skippedReplicates)")
        XCTAssert(expectedSkips > 100 && expectedSkips < 260, "about 36 % of 500 replicates should lack the positive, got \(expectedSkips)")
        XCTAssertEqual(r.validReplicates, 500 - expectedSkips)
    }

    func testPercentileMatchesNumpy() {
        let f = Fixtures.load("percentile.json")
        let values = Fixtures.doubles(f["values"])
        for (p, e) in zip(Fixtures.doubles(f["percents"]), Fixtures.doubles(f["expected"])) {
            assertClose(Bootstrap.percentile(values, p / 100), e, tolerance: 1e-12, "percentile \(p)")
        }
        XCTAssertNil(Bootstrap.percentile([], 0.5))
    }

    func testMacroBootstrapAgreesWithPerClassBootstrap() throws {
        let f = Fixtures.load("macro.json")
        let names = f["classNames"] as! [String]
        let data = try MultiLabelScores(classNames: names, labels: (f["labels"] as! [Any]).map { Fixtures.bools($0) },
                                        scores: (f["scores"] as! [Any]).map { Fixtures.doubles($0) })
        let ids = (0..<data.sampleCount).map { $0 / 2 }  // two images per patient
        let config = BootstrapConfiguration(resamples: 300, seed: 99)
        let m = try Bootstrap.macroAUC(data, patientIDs: ids, configuration: config)
        XCTAssertEqual(m.patients, 40)
        XCTAssertNil(m.perClass[1], "class without positives has no bootstrap")
        XCTAssertNil(m.perClass[2], "class without negatives has no bootstrap")
        for c in [0, 3, 4] {
            let single = try Bootstrap.auc(labels: data.labels[c], scores: data.scores[c], patientIDs: ids, configuration: config)
            XCTAssertEqual(m.perClass[c], single, "class \(names[c]): macro run and single-class run share the replicates")
        }
        let mean = try XCTUnwrap(m.mean)
        assertClose(mean.estimate, ROC.macroAUC(data).mean, tolerance: 0, "mean estimate")
        // Rare3 (3 positives in 80 images) is missing from some replicates, and so is the mean.
        XCTAssertEqual(mean.skippedReplicates, m.perClass.compactMap { $0?.skippedReplicates }.max(),
                       "a mean replicate is skipped exactly when some included class is absent (here only Rare3 can be)")
        XCTAssert(try XCTUnwrap(mean.interval).contains(mean.estimate))
    }
}
