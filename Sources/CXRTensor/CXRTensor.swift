// CXRTensor module.
