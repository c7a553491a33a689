/// The 15-class problem: the 14 NIH findings plus `COVID-19`, over NIH ChestX-ray14 and the
/// COVID-19 collection together.
public enum FifteenClass {
    public static let classNames = NIHChestXray14.findings + ["COVID-19"]

    /// Collection findings that name a pneumonia other than COVID-19 (mapped to `Pneumonia`).
    static let pneumonias: Set<String> = ["Pneumonia", "SARS", "MERS", "Streptococcus", "Pneumocystis", "Klebsiella",
                                          "Legionella", "Mycoplasma Bacterial Pneumonia", "Influenza", "Varicella",
                                          "Chlamydophila", "E.Coli", "Bacterial", "Lipoid", "Aspiration"]

    /// Combines the datasets. NIH samples keep their 14 targets (COVID-19 = 0). Collection samples:
    /// `COVID-19...` findings set COVID-19; other pneumonia findings (SARS, bacterial, fungal, lipoid...)
    /// set Pneumonia; components naming an NIH finding set it; `No Finding` is all zero.
    /// Groups are prefixed (`nih:`, `covid:`) so the sources never share a patient id.
    public static func combine(nih: Dataset, covid: Dataset) -> Dataset {
        var samples: [Sample] = []
        for s in nih.samples {
            var t = s; t.labels = s.labels + [0]; t.group = "nih:" + s.group; samples.append(t)
        }
        let pneumonia = NIHChestXray14.findings.firstIndex(of: "Pneumonia")!
        for s in covid.samples {
            var y = [Float](repeating: 0, count: classNames.count)
            let finding = s.finding ?? (s.labels.first == 1 ? "COVID-19" : "")
            if finding.hasPrefix("COVID-19") { y[14] = 1 }
            for part in finding.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                if pneumonias.contains(part) { y[pneumonia] = 1 }
                if let i = NIHChestXray14.findings.firstIndex(of: part) { y[i] = 1 }
            }
            var t = s; t.labels = y; t.group = "covid:" + s.group; samples.append(t)
        }
        return Dataset(name: "NIH ChestX-ray14 + COVID-19 collection (15 classes)", classNames: classNames, samples: samples,
                       missingFiles: covid.missingFiles, notes: ["nih_images": nih.count, "covid_images": covid.count])
    }
}
