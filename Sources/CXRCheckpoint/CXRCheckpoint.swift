// CXRCheckpoint module.
