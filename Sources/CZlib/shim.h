// Thin C target over zlib (Debian zlib1g-dev): CXRDICOM inflates deflated DICOM data sets.
#include <zlib.h>
