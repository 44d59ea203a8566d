// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks on a shown window that a person would otherwise find by looking or by trying the
// keyboard: clipped text, ambiguous Alt+letters, controls without an accessible name, controls
// Tab never reaches, a Tab order that jumps back against the reading order, and menus without
// keyboard access. Each returns one line per problem (empty when there is none), for a test's
// failure message. Shared by the screenshot, keyboard and lab GUI tests.
#include <QApplication>
#include <QList>
#include <QStringList>
#include <QTest>
#include <QWidget>

class QMainWindow;

namespace uichecks {

// The visible widget of type T named name (a dialog or a message box), once it shows; null after 5 s.
template <typename T> T* waitForTopLevel(const char* name)
{
    T* found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            for (QWidget* w : QApplication::allWidgets()) {
                if (auto* d = qobject_cast<T*>(w);
                    d && d->isVisible() && d->objectName() == QLatin1String(name))
                    found = d;
            }
            return found != nullptr;
        },
        5000);
    return shown ? found : nullptr;
}

// For lab GUI tests: saves the widget as name in PGPILOT_SCREENSHOT_DIR (when set) after letting it
// paint, and returns what clipped() and unnamedControls() find on it, prefixed with name.
QStringList screenshotProblems(QWidget* window, const QString& name);

// Labels and buttons narrower than their text or running past the window (or past the contents
// of the scroll area they are in), fields narrower than their value, column titles cut off.
QStringList clipped(QWidget* window);

// Two labels, buttons or menu titles of one window sharing an Alt+letter, or two items of one
// of its menus.
QStringList ambiguousMnemonics(QWidget* window);

// Inputs a screen reader cannot name: no accessible name and no label whose buddy they are.
QStringList unnamedControls(QWidget* window);

// The widgets Tab (or Shift+Tab) visits, from the first one until the focus comes back to it,
// pressing real keys. Stops after `limit` presses. `stuck` gets the controls that kept the focus
// for more than a few presses in a row (a keyboard user has to press Tab through every cell).
QList<QWidget*> tabCycle(QWidget* window, bool backwards, QStringList* stuck = nullptr, int limit = 400);

// Controls a mouse can use that the keyboard cannot: not in the Tab cycle, no Alt+letter and no
// shortcut. Also reports the controls Tab gets stuck in, and a Shift+Tab cycle that is not the
// Tab cycle reversed.
QStringList unreachableByKeyboard(QWidget* window);

// Steps of the Tab cycle that go back up and to the left of the previous control (against the
// reading order), except the step from the last control back to the first.
QStringList tabOrderJumps(QWidget* window);

// Menu bar titles and menu entries without an Alt+letter, or sharing one within their menu.
QStringList menuProblems(QMainWindow* window);

// A readable name for a widget in a failure message: class, object name, text.
QString describe(const QWidget* w);

} // namespace uichecks
