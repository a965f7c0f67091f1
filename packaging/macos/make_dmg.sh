#!/bin/bash
# Build Skranke.app and Skranke-<version>.dmg on macOS (13 or later, Xcode command line tools installed).
# Not run by the project's CI: it needs a Mac. Step by step with explanations: packaging/README.md, "macOS".
#
#   packaging/macos/make_dmg.sh                      unsigned (ad-hoc signed) dmg, for testing on this Mac
#   SIGN_IDENTITY="Developer ID Application: Example AB (TEAMID)" NOTARY_PROFILE=skranke \
#     packaging/macos/make_dmg.sh                    signed, notarised and stapled, for distribution
#
# NOTARY_PROFILE names credentials saved once with `xcrun notarytool store-credentials skranke ...`.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PY=${PYTHON:-$ROOT/.venv/bin/python}
VERSION=$("$PY" -c 'import runpy; print(runpy.run_path("app/version.py")["__version__"])')
APP=$ROOT/dist/Skranke.app
DMG=$ROOT/dist/Skranke-$VERSION.dmg
IDENTITY=${SIGN_IDENTITY:--}   # "-" = ad-hoc: runs on this Mac, Gatekeeper blocks it elsewhere

"$PY" packaging/build.py
[ -d "$APP" ] || { echo "make_dmg: $APP was not built (is this macOS?)" >&2; exit 1; }

# Sign inside out: every library and executable first, then the bundle (codesign --deep is deprecated).
find "$APP/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0 |
  while IFS= read -r -d '' file; do
    if file "$file" | grep -q "Mach-O"; then
      codesign --force --timestamp --options runtime --entitlements packaging/macos/entitlements.plist \
        --sign "$IDENTITY" "$file"
    fi
  done
codesign --force --timestamp --options runtime --entitlements packaging/macos/entitlements.plist \
  --sign "$IDENTITY" "$APP"
codesign --verify --deep --strict --verbose=2 "$APP"

# The self-test runs inside the signed bundle: proves signing broke nothing (database, translations, SIP).
"$APP/Contents/MacOS/skranke-selftest"

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"   # drag-to-install
rm -f "$DMG"
hdiutil create -volname "Skranke $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"

if [ "$IDENTITY" != "-" ]; then
  codesign --force --timestamp --sign "$IDENTITY" "$DMG"
  if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
  fi
fi
echo "make_dmg: $DMG"
