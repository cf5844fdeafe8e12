#pragma once

// The app id the desktop knows Cliffhanger by: the desktop entry's file name, the AppStream
// id and the icon's name (packaging/), one reverse-DNS name everywhere.
#define CLIFFHANGER_APP_ID "io.github.cliffhanger.Cliffhanger"

#include <QUrl>

namespace DesktopIdentity {

// The window's desktop file name, so Wayland compositors and the portals match the window to
// its desktop entry.
void apply();
// The windows' icon: the app's SVG, with the PNGs rendered from it for when the SVG icon engine
// (libqt6svg6) is missing. Decoding the PNGs was 3% of a start's work, so the window sets it
// after its first frame (WindowLoader).
void applyIcon();
// The icon for the window's own pages: the 128-pixel PNG, which the Image scales down to the
// size it is shown at (28 px in the rail: sharp up to a pixel ratio of 4). Not the SVG: asking
// whether Qt can draw SVG here (QImageReader::supportedImageFormats) loads every image format
// plugin, about 4 ms of the window's first frame (issue 13); the built-in PNG reader needs none.
QUrl iconUrl();

} // namespace DesktopIdentity
