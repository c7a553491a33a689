// Thin C target over libpng (Debian libpng-dev).
#include <png.h>
