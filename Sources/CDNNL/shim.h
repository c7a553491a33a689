// Thin C target over oneDNN's C API (Debian libdnnl-dev, oneDNN 2.x).
#include <oneapi/dnnl/dnnl.h>
