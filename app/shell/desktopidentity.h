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
// The icon for the window's own pages: the SVG when Qt can draw SVG here, else the largest PNG
// (an Image of a format Qt cannot read would show nothing and warn).
QUrl iconUrl();

} // namespace DesktopIdentity
