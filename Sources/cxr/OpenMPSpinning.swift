import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How long oneDNN's idle OpenMP threads spin before they sleep.
///
/// libgomp (the OpenMP runtime of Debian's oneDNN) keeps a worker thread spinning for
/// `GOMP_SPINCOUNT` iterations (300,000 by default) after each parallel region. CXRKit runs its
/// own kernels (batch norm, element-wise ops) on other threads between oneDNN calls, and where
/// there are as many engine threads as cores the spinning threads take the cores from them.
/// Measured on the DenseNet-121 training step (batch 16, 224 x 224, 2 threads, 2 cores): median
/// of three runs 4.56 img/s by default, 5.49 img/s with `GOMP_SPINCOUNT=1000`; PyTorch's own
/// step did not gain from it (3.88 and 3.67 against 3.74 and 3.62 img/s).
///
/// libgomp reads the variable once, when it is loaded, before any Swift code runs; so `cxr`
/// sets it and restarts itself (`execv`: same process id, arguments and open files) as the
/// first thing it does. A `GOMP_SPINCOUNT` or `OMP_WAIT_POLICY` already in the environment is
/// left alone, and programs `cxr` starts (the PyTorch references of `cxr bench`) get the
/// environment as it was.
enum OpenMPSpinning {
    static let spinCount = "1000"
    private static let marker = "CXR_SET_GOMP_SPINCOUNT"

    /// Sets `GOMP_SPINCOUNT` and restarts the program, unless the environment already chooses.
    static func restartWithShortSpinningIfNeeded() {
        let environment = ProcessInfo.processInfo.environment
        guard environment["GOMP_SPINCOUNT"] == nil, environment["OMP_WAIT_POLICY"] == nil, environment[marker] == nil else { return }
        setenv("GOMP_SPINCOUNT", spinCount, 1)
        setenv(marker, "1", 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // The restart failed (no /proc?): go on with libgomp's default spinning.
        unsetenv("GOMP_SPINCOUNT")
    }

    /// The environment for programs `cxr` starts: the user's, without the setting made here.
    static var environmentForChildren: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        if environment.removeValue(forKey: marker) != nil { environment["GOMP_SPINCOUNT"] = nil }
        return environment
    }
}
