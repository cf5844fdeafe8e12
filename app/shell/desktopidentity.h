#pragma once

// The app id the desktop knows Cliffhanger by: the desktop entry's file name, the AppStream
// id and the icon's name (packaging/), one reverse-DNS name everywhere.
#define CLIFFHANGER_APP_ID "io.github.cliffhanger.Cliffhanger"

namespace DesktopIdentity {

// The window's desktop file name (so Wayland compositors and the portals match the window to
// its desktop entry) and its icon, the app's SVG with the PNGs rendered from it for when the
// SVG icon engine (libqt6svg6) is missing.
void apply();

} // namespace DesktopIdentity
