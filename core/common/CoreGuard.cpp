// Compile-time guard: the core library must stay free of QtWidgets and QtGui so that the CLI,
// the headless server and the GUI-less tests never pull in a display stack (QT-STYLE.md 6.1).
#ifdef QT_WIDGETS_LIB
#error "mcpauth_core must not use QtWidgets"
#endif
#ifdef QT_GUI_LIB
#error "mcpauth_core must not use QtGui"
#endif
