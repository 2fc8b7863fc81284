# Installers. Linux: a .deb for Debian and Ubuntu, and a relocatable .tar.gz. Windows
# (NSIS) and macOS (disk image) are configured so that `cpack` works there, but they are
# not built or tested by this project's CI; see the README's "Build installers".
# The version is the CMake project's, as everywhere else.

set(CPACK_PACKAGE_NAME vigil)
set(CPACK_PACKAGE_VENDOR "Vigil developers")
set(CPACK_PACKAGE_CONTACT "${VIGIL_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Vigil)
set(CPACK_PACKAGE_EXECUTABLES vigil Vigil)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "offline reader of reports on human trafficking and modern-day slavery")
# Lines are kept under 80 columns by hand: the .deb takes them as they are.
set(CPACK_PACKAGE_DESCRIPTION [=[
Vigil is a desktop reader of reports and articles on human trafficking and
modern-day slavery, organised by country, for students, teachers and NGO
workers. Everything it shows comes from a library file on the computer; it
makes no network request.

The package bundles a library built from the "Serbia, Montenegro & Kosovo"
page of Prof. Martin Patt's website "Human Trafficking & Modern-day Slavery",
and the vigil-library command-line tool to search and check libraries and to
import further saved country pages.]=])
# Installed binaries carry no debug sections, whatever the build type.
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_VERBATIM_VARIABLES ON)

# Debian: the section, priority and the Depends line. dpkg-shlibdeps reads the
# linked libraries; the SQLite driver is a Qt plugin, loaded at run time, so it
# cannot see it and it is named here.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${VIGIL_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# The CSL styles and locales beyond the five bundled ones (resources/csl/README.md).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, citation-style-language-styles, citation-style-language-locales")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# Windows: an NSIS installer with a Start menu entry and an uninstaller.
set(CPACK_NSIS_PACKAGE_NAME Vigil)
set(CPACK_NSIS_DISPLAY_NAME "Vigil ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${VIGIL_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\vigil.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)

# macOS: a disk image holding the bundle, to drag to Applications.
set(CPACK_DMG_VOLUME_NAME "Vigil ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDBZ)

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    # NSIS shows the licence page from a text file.
    configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt COPYONLY)
    set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()

# Per-generator settings are read by cpack when it runs, once per generator. The .deb
# installs under /usr; the archives keep bin/ and share/ at their top level.
set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_BINARY_DIR}/VigilCPackOptions.cmake)
file(WRITE ${CPACK_PROJECT_CONFIG_FILE} [=[
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
endif()
]=])

include(CPack)
