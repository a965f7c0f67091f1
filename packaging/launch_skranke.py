"""The frozen program's entry script: PyInstaller needs a file, the venv uses the `skranke = ui.main:main` entry."""

import multiprocessing
import sys

from ui.main import main

if __name__ == "__main__":
    # `skranke demo-data` uses worker processes; frozen Windows/macOS builds re-enter here in each worker.
    multiprocessing.freeze_support()
    sys.exit(main())
