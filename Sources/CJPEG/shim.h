// Thin C target over libjpeg-turbo (Debian libjpeg62-turbo-dev).
#include <stdio.h>
#include <stddef.h>
#include <jpeglib.h>
