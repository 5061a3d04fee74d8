# Read by cpack for each generator: the DEB installs under /usr like every Debian package; the
# archive keeps the relocatable layout (bin/, share/) under its top folder.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
endif()
