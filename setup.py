"""Only the package list: `resources/` (fonts, translations) ships inside the wheel as `l2fh_desk.resources`.

Everything else is in pyproject.toml. Discovery finds the Python packages; the resources folder, mapped there
by `package-dir`, lies outside `l2fh_desk/` and has no `__init__.py`, so it and its folders are named here.
"""

from setuptools import find_namespace_packages, find_packages, setup

RESOURCES = ["l2fh_desk.resources", *(f"l2fh_desk.resources.{name}" for name in find_namespace_packages("resources"))]
setup(packages=[*find_packages(include=["l2fh_desk", "l2fh_desk.*"]), "l2fh_desk.store.migrations", *RESOURCES])
