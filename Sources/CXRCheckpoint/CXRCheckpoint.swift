// CXRCheckpoint: reading and writing weight files without any tensor dependency.
//
// - `SafeTensors`: read/write the safetensors format.
// - `TorchCheckpoint`: import `torch.save` files (zip format and legacy format).
// - `OrderedStateDict` / `NamedArray` / `StateDict`: the common result type.
// - `StateDictValidation`: compare a loaded state dict against expected names/shapes.
// - `AtomicFile`: crash- and disk-full-safe file replacement.
//
// All values are delivered as `Float` (32-bit). Conversions are documented on
// `ElementType`. The module assumes a little-endian host (x86_64, arm64).
