// Thin C target over libjpeg-turbo (Debian libjpeg62-turbo-dev, libturbojpeg0-dev).
// CXRData decodes through the TurboJPEG API (turbojpeg.h): it reports errors through
// return codes, so no longjmp crosses Swift frames and no error handler calls exit().
#include <stdio.h>
#include <stddef.h>
#include <jpeglib.h>
#include <turbojpeg.h>
