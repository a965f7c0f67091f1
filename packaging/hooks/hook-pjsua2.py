# PyInstaller hook for the pjsua2-python wheel: its package imports the SWIG module `pjsua2.pjsua2` (and through it
# `_pjsua2`, the C extension) in a way PyInstaller's import analysis does not follow (PLATFORM.md: without
# `--hidden-import pjsua2.pjsua2` the bundle starts but `import pjsua2` fails). The wheel's vendored libraries
# (pjsua2_python.libs: OpenSSL 1.0.2k, Kerberos) are found by the binary dependency scan of _pjsua2.
hiddenimports = ["pjsua2.pjsua2", "pjsua2._pjsua2", "pjsua2._version"]
