// CXRNN module.
