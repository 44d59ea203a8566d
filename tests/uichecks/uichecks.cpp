// SPDX-License-Identifier: GPL-3.0-or-later
#include "uichecks.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

namespace uichecks {

namespace {

// What a widget's text must stay inside: the contents of the scroll area it is in (scrolling
// reaches the rest), else the window.
QWidget* frameOf(QWidget* w, QWidget* window)
{
    for (QWidget* p = w; p && p != window; p = p->parentWidget()) {
        if (auto* area
            = qobject_cast<QScrollArea*>(p->parentWidget() ? p->parentWidget()->parentWidget() : nullptr);
            area && area->widget() == p)
            return p;
    }
    return window;
}

bool hasMnemonic(const QString& text)
{
    const qsizetype i = text.indexOf(QLatin1Char('&'));
    return i >= 0 && i + 1 < text.size() && text.at(i + 1) != QLatin1Char('&');
}

// Inside a compound control (the line edit of a spin box or combo box, a scroll area's bars, a
// tab widget's bar): the outer control is what the keyboard must reach.
bool isInnerPart(const QWidget* w)
{
    const QWidget* p = w->parentWidget();
    if (!p)
        return false;
    // a line edit's clear button, an item view's corner button or cell editor
    if (qobject_cast<const QAbstractSpinBox*>(p) || qobject_cast<const QComboBox*>(p)
        || qobject_cast<const QTabBar*>(p) || qobject_cast<const QScrollBar*>(w)
        || qobject_cast<const QLineEdit*>(p) || qobject_cast<const QAbstractItemView*>(p)
        || (p->parentWidget() && qobject_cast<const QAbstractItemView*>(p->parentWidget())))
        return true;
    return w->objectName().startsWith(QLatin1String("qt_"));
}

// What a mouse user can operate.
bool isControl(const QWidget* w)
{
    if (isInnerPart(w))
        return false;
    // A list that only shows where one is (no selection, no focus) is not something to operate.
    if (auto* v = qobject_cast<const QAbstractItemView*>(w);
        v && v->selectionMode() == QAbstractItemView::NoSelection && v->focusPolicy() == Qt::NoFocus)
        return false;
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w)
        || qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w)
        || (qobject_cast<const QAbstractItemView*>(w) && !qobject_cast<const QHeaderView*>(w))
        || qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QTextEdit*>(w)
        || qobject_cast<const QTabBar*>(w) || qobject_cast<const QAbstractSlider*>(w);
}

bool takesTab(const QWidget* w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus);
}

// Moves the focus on like Tab would, without the key (past a control that keeps Tab).
void focusNext(QWidget* from, bool backwards)
{
    QWidget* n = backwards ? from->previousInFocusChain() : from->nextInFocusChain();
    while (n && n != from && !takesTab(n))
        n = backwards ? n->previousInFocusChain() : n->nextInFocusChain();
    if (n)
        n->setFocus(backwards ? Qt::BacktabFocusReason : Qt::TabFocusReason);
}

QPoint topLeftIn(const QWidget* w, const QWidget* window)
{
    return w->mapTo(window, QPoint(0, 0));
}

} // namespace

QString describe(const QWidget* w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    QString text;
    if (auto* b = qobject_cast<const QAbstractButton*>(w))
        text = b->text();
    else if (auto* l = qobject_cast<const QLineEdit*>(w))
        text = l->placeholderText();
    if (text.isEmpty())
        text = w->accessibleName();
    QString out = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        out += u' ' + w->objectName();
    if (!text.isEmpty())
        out += QStringLiteral(" '%1'").arg(text.left(40));
    return out;
}

// Widgets whose text does not fit: narrower than their size hint, or running past the window.
QStringList clipped(QWidget* window)
{
    QStringList found;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || w->width() <= 0)
            continue;
        QString text;
        bool wraps = false;
        if (auto* h = qobject_cast<QHeaderView*>(w); h && h->orientation() == Qt::Horizontal && h->model()) {
            // Column titles must fit their column (a stretched last section takes what is left).
            for (int i = 0; i < h->count() - (h->stretchLastSection() ? 1 : 0); ++i) {
                const QString title = h->model()->headerData(i, Qt::Horizontal).toString();
                const int needed = h->fontMetrics().horizontalAdvance(title) + 4;
                if (!h->isSectionHidden(i) && h->sectionSize(i) < needed)
                    found << QStringLiteral("column '%1': %2 wide, needs %3")
                                 .arg(title)
                                 .arg(h->sectionSize(i))
                                 .arg(needed);
            }
            continue;
        }
        // A field squeezed below its value: the value scrolls out of sight.
        const QLineEdit* edit = qobject_cast<QLineEdit*>(w);
        if (auto* combo = qobject_cast<QComboBox*>(w); combo && !combo->isEditable())
            edit = nullptr, text = combo->currentText();
        else if (edit && !qobject_cast<QAbstractSpinBox*>(w->parentWidget())
            && !qobject_cast<QComboBox*>(w->parentWidget()))
            text = edit->text();
        if (!text.isEmpty() && (edit || qobject_cast<QComboBox*>(w))) {
            const int needed = w->fontMetrics().horizontalAdvance(text) + (edit ? 8 : 24);
            if (w->width() < needed)
                found << QStringLiteral("%1 '%2': %3 wide, needs %4")
                             .arg(QString::fromLatin1(w->metaObject()->className()), text)
                             .arg(w->width())
                             .arg(needed);
            continue;
        }
        if (auto* l = qobject_cast<QLabel*>(w)) {
            text = l->text();
            wraps = l->wordWrap();
        } else if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            text = b->text();
        } else {
            continue;
        }
        if (text.trimmed().isEmpty())
            continue;
        QWidget* frame = frameOf(w, window);
        const QRect bounds = frame->rect();
        const QRect onWindow(w->mapTo(frame, QPoint(0, 0)), w->size());
        const bool narrow = !wraps && w->width() + 1 < w->sizeHint().width();
        const bool outside = onWindow.right() > bounds.right() + 1 || onWindow.bottom() > bounds.bottom() + 1;
        if (narrow || outside)
            found << QStringLiteral("%1 '%2': %3x%4 at %5,%6, needs %7 wide%8")
                         .arg(QString::fromLatin1(w->metaObject()->className()), text.left(60))
                         .arg(w->width())
                         .arg(w->height())
                         .arg(onWindow.x())
                         .arg(onWindow.y())
                         .arg(w->sizeHint().width())
                         .arg(outside ? QStringLiteral(", outside the window") : QString());
    }
    return found;
}

// Alt+letter must be unambiguous in a window: labels (with a buddy), buttons and the menu bar.
QStringList ambiguousMnemonics(QWidget* window)
{
    using Owners = QHash<QChar, QStringList>;
    auto add = [](Owners& owners, const QString& text, const QString& what) {
        const qsizetype i = text.indexOf(QLatin1Char('&'));
        if (i >= 0 && i + 1 < text.size() && text.at(i + 1) != QLatin1Char('&'))
            owners[text.at(i + 1).toLower()] << what + QStringLiteral(" '") + text + QLatin1Char('\'');
    };
    QStringList found;
    auto report = [&found](const Owners& owners, const QString& where) {
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            if (it.value().size() > 1)
                found << QStringLiteral("%1Alt+%2: %3")
                             .arg(where, it.key().toUpper(), it.value().join(QStringLiteral(", ")));
        }
    };
    Owners owners;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
            add(owners, l->text(), QStringLiteral("label"));
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(owners, b->text(), QStringLiteral("button"));
    }
    if (auto* mw = qobject_cast<QMainWindow*>(window)) {
        for (QAction* a : mw->menuBar()->actions()) {
            add(owners, a->text(), QStringLiteral("menu"));
            // Inside each menu its items' letters must differ too (a shared one only moves the
            // highlight between them).
            if (QMenu* menu = a->menu()) {
                Owners items;
                for (QAction* item : menu->actions()) {
                    if (item->isVisible() && !item->isSeparator())
                        add(items, item->text(), QStringLiteral("item"));
                }
                report(items, QStringLiteral("in menu '%1': ").arg(a->text()));
            }
        }
    }
    report(owners, QString());
    return found;
}

// Controls a screen reader must be able to name: an accessible name, or a label whose buddy it is.
QStringList unnamedControls(QWidget* window)
{
    QSet<const QWidget*> labelled;
    for (QLabel* l : window->findChildren<QLabel*>()) {
        if (l->buddy())
            labelled.insert(l->buddy());
    }
    QStringList found;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || !w->accessibleName().isEmpty() || labelled.contains(w))
            continue;
        const bool inner = qobject_cast<QAbstractSpinBox*>(w->parentWidget())
            || qobject_cast<QComboBox*>(w->parentWidget());
        const bool input = (qobject_cast<QLineEdit*>(w) && !inner) || qobject_cast<QComboBox*>(w)
            || qobject_cast<QAbstractSpinBox*>(w)
            || (qobject_cast<QAbstractItemView*>(w) && !qobject_cast<QHeaderView*>(w))
            || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QTabWidget*>(w);
        if (input
            && !qobject_cast<QAbstractItemView*>(
                w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr))
            found << QStringLiteral("%1 %2").arg(
                QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return found;
}

QList<QWidget*> tabCycle(QWidget* window, bool backwards, QStringList* stuck, int limit)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
    if (QWidget* f = QApplication::focusWidget())
        f->clearFocus();
    window->setFocus(Qt::OtherFocusReason);
    const Qt::KeyboardModifiers mods = backwards ? Qt::ShiftModifier : Qt::NoModifier;
    const Qt::Key key = backwards ? Qt::Key_Backtab : Qt::Key_Tab;
    QList<QWidget*> cycle;
    QWidget* last = nullptr;
    int same = 0;
    for (int i = 0; i < limit; ++i) {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
        QTest::keyClick(target, key, mods);
        QWidget* now = QApplication::focusWidget();
        if (!now)
            break;
        if (now == last) {
            bool others = false;
            for (QWidget* w = now->nextInFocusChain(); w && w != now && !others; w = w->nextInFocusChain())
                others = takesTab(w) && window->isAncestorOf(w);
            if (!others)
                break; // the only control: Tab has nowhere else to go
            if (++same == 4) {
                if (stuck)
                    *stuck << describe(now);
                focusNext(now, backwards);
                now = QApplication::focusWidget();
            } else {
                continue;
            }
        }
        same = 0;
        if (!cycle.isEmpty() && now == cycle.first())
            break;
        if (!cycle.contains(now))
            cycle << now;
        last = now;
    }
    return cycle;
}

QStringList unreachableByKeyboard(QWidget* window)
{
    QStringList found;
    QStringList stuck;
    const QList<QWidget*> forward = tabCycle(window, false, &stuck);
    for (const QString& s : std::as_const(stuck))
        found << QStringLiteral("Tab stays in %1 (tab key navigation through its cells)").arg(s);
    auto reached = [&forward](const QWidget* w) {
        for (QWidget* f : forward) {
            if (f == w || w->isAncestorOf(f) || w->focusProxy() == f)
                return true;
        }
        return false;
    };
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || !w->isEnabled() || !isControl(w) || reached(w))
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w);
            b && (hasMnemonic(b->text()) || !b->shortcut().isEmpty()))
            continue;
        if (auto* t = qobject_cast<QToolButton*>(w);
            t && t->defaultAction() && !t->defaultAction()->shortcut().isEmpty())
            continue;
        found << QStringLiteral("Tab never reaches %1").arg(describe(w));
    }
    // Shift+Tab must visit the same controls (a cell editor counts as its table: editors come and go).
    auto controls = [](const QList<QWidget*>& cycle) {
        QSet<QWidget*> set;
        for (QWidget* w : cycle) {
            QWidget* p = w->parentWidget();
            if (p && qobject_cast<QAbstractItemView*>(p->parentWidget()))
                w = p->parentWidget();
            set.insert(w);
        }
        return set;
    };
    const QSet<QWidget*> there = controls(forward);
    const QSet<QWidget*> back = controls(tabCycle(window, true));
    for (QWidget* w : there - back)
        found << QStringLiteral("Shift+Tab never reaches %1, Tab does").arg(describe(w));
    for (QWidget* w : back - there)
        found << QStringLiteral("Tab never reaches %1, Shift+Tab does").arg(describe(w));
    return found;
}

QStringList tabOrderJumps(QWidget* window)
{
    const QList<QWidget*> cycle = tabCycle(window, false);
    QStringList found;
    for (int i = 1; i < cycle.size(); ++i) {
        const QWidget* a = cycle.at(i - 1);
        const QWidget* b = cycle.at(i);
        const QRect ra(topLeftIn(a, window), a->size());
        const QRect rb(topLeftIn(b, window), b->size());
        // b lies wholly above a and wholly to its left: Tab went back against the reading order.
        if (rb.bottom() < ra.top() && rb.right() < ra.left())
            found << QStringLiteral("Tab goes back from %1 (at %2,%3) to %4 (at %5,%6)")
                         .arg(describe(a))
                         .arg(ra.x())
                         .arg(ra.y())
                         .arg(describe(b))
                         .arg(rb.x())
                         .arg(rb.y());
    }
    return found;
}

QStringList menuProblems(QMainWindow* window)
{
    QStringList found;
    auto checkEntries = [&found](const QString& where, const QList<QAction*>& actions) {
        QHash<QChar, QStringList> owners;
        for (QAction* a : actions) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            const QString text = a->text();
            if (!hasMnemonic(text)) {
                found << QStringLiteral("%1: '%2' has no Alt+letter").arg(where, text);
                continue;
            }
            const qsizetype i = text.indexOf(QLatin1Char('&'));
            owners[text.at(i + 1).toLower()] << text;
        }
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            if (it.value().size() > 1)
                found << QStringLiteral("%1: Alt+%2 is shared by %3")
                             .arg(where, it.key().toUpper(), it.value().join(QStringLiteral(", ")));
        }
    };
    const QList<QAction*> titles = window->menuBar()->actions();
    checkEntries(QStringLiteral("menu bar"), titles);
    for (QAction* t : titles) {
        if (QMenu* m = t->menu()) {
            checkEntries(m->title().remove(QLatin1Char('&')), m->actions());
            for (QAction* a : m->actions()) {
                if (QMenu* sub = a->menu())
                    checkEntries(sub->title().remove(QLatin1Char('&')), sub->actions());
            }
        }
    }
    return found;
}

QStringList screenshotProblems(QWidget* window, const QString& name)
{
    QTest::qWait(200);
    QStringList problems;
    const QString dir = qEnvironmentVariable("PGPILOT_SCREENSHOT_DIR");
    if (!dir.isEmpty() && !window->grab().save(QDir(dir).filePath(name)))
        problems << QStringLiteral("could not save %1 in %2").arg(name, dir);
    for (const QString& p : clipped(window) + unnamedControls(window))
        problems << name + QStringLiteral(": ") + p;
    return problems;
}

} // namespace uichecks
