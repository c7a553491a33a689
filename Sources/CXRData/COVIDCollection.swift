import Foundation

/// The COVID-19 image data collection (Cohen et al. 2020): `metadata.csv`, `images/`,
/// `masks/lungs-v7labs/`, `masks/lungs-lungvae/`. One class, `COVID-19` (finding starts with
/// `COVID-19`, so `COVID-19, ARDS` counts).
public enum COVIDCollection {
    public static let defaultViews: Set<String> = ["PA", "AP", "AP Supine"]

    /// Loads the collection like the reference recipe.
    ///
    /// - Parameters:
    ///   - modalities: kept `modality` values (default `["X-ray"]`).
    ///   - views: kept `view` values (default PA, AP, AP Supine).
    ///   - includeTodo: keep rows whose finding is `todo` (default false).
    ///   - mergeDuplicateFiles: rows naming one image file under several patient ids are kept once,
    ///     with the ids joined (`"a+b"`, union over chains) as the patient group (default true).
    /// Rows whose image is absent are listed in `missingFiles`, not fatal. Masks: v7labs, else lungVAE.
    /// `notes` counts rows: `metadata_rows`, `selected_rows`, `missing_files`, `todo_dropped`, `merged_rows`.
    public static func load(root: String, modalities: Set<String> = ["X-ray"], views: Set<String> = defaultViews,
                            includeTodo: Bool = false, mergeDuplicateFiles: Bool = true) throws -> Dataset {
        let metadata = root + "/metadata.csv"
        let table = try CSVTable(contentsOf: metadata)
        let pid = try table.column("patientid"), finding = try table.column("finding"), view = try table.column("view")
        let modality = try table.column("modality"), filename = try table.column("filename")
        let fm = FileManager.default
        let present = Set((try? fm.contentsOfDirectory(atPath: root + "/images")) ?? [])
        var rows: [[String]] = [], missing: [String] = [], todo = 0
        for row in table.rows where modalities.contains(row[modality]) && views.contains(row[view]) {
            guard present.contains(row[filename]) else { missing.append(row[filename]); continue }
            if row[finding] == "todo" && !includeTodo { todo += 1; continue }
            rows.append(row)
        }
        let selected = rows.count + todo
        // Union-find over patient ids sharing an image file.
        var parent: [String: String] = [:]
        func find(_ x: String) -> String {
            var x = x
            while let p = parent[x], p != x { parent[x] = parent[p]; x = p }
            return x
        }
        var firstPatient: [String: String] = [:]
        for row in rows {
            let p = row[pid]
            if parent[p] == nil { parent[p] = p }
            if let q = firstPatient[row[filename]] {
                let a = find(q), b = find(p)
                if a != b { parent[max(a, b)] = min(a, b) }
            } else { firstPatient[row[filename]] = p }
        }
        var members: [String: Set<String>] = [:]
        for p in parent.keys { members[find(p), default: []].insert(p) }
        var samples: [Sample] = [], seen: Set<String> = [], merged = 0
        for row in rows {
            let file = row[filename]
            if mergeDuplicateFiles {
                if seen.contains(file) { merged += 1; continue }
                seen.insert(file)
            }
            let group = mergeDuplicateFiles ? members[find(row[pid])]!.sorted().joined(separator: "+") : row[pid]
            let label: Float = row[finding].hasPrefix("COVID-19") ? 1 : 0
            var mask: String?
            for folder in ["lungs-v7labs", "lungs-lungvae"] {
                let m = root + "/masks/\(folder)/\(file).png"
                if fm.fileExists(atPath: m) { mask = m; break }
            }
            var sample = Sample(path: root + "/images/" + file, labels: [label], group: group, maskPath: mask)
            sample.finding = row[finding]
            samples.append(sample)
        }
        return Dataset(name: "COVID-19 image collection", classNames: ["COVID-19"], samples: samples, missingFiles: missing,
                       notes: ["metadata_rows": table.rows.count, "selected_rows": selected, "missing_files": missing.count,
                               "todo_dropped": todo, "merged_rows": merged])
    }
}
