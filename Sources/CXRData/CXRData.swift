// CXRData module.
