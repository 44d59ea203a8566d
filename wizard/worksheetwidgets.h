// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QStringList>
#include <QStyledItemDelegate>
#include <QTableView>

class QComboBox;

namespace pgpilot::worksheet {

// The worksheet page's building blocks: its field editors, error lines and node table.

// Text colours that stay readable on a light and on a dark palette.
QString errorColourStyle();

// Form rows wrap their editor in a box with an error line. The editor gets the row's label as its
// accessible name and becomes the label's buddy, so screen readers and Alt+letter reach it.
void nameEditorsFromLabels(QWidget* root);

// A small bold heading over one column of a section.
QLabel* heading(const QString& text, QWidget* parent);
// A wrapped explanation under a field, in the page's ordinary colour.
QLabel* hint(const QString& objectName, const QString& text, QWidget* parent);

// The messages of one field as the rich text of its error line.
QString errorText(const QStringList& messages);

// Selects the item whose data is data; leaves the combo box as it is when there is none.
void setComboData(QComboBox* combo, const QVariant& data);

// Offers the allowed values of an enum column instead of free text.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(
        QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

// A word-wrapped label that asks its layout for the height its wrapped text needs at its
// current width; plain QLabel reports one line and gets clipped inside nested form layouts.
class ErrorLabel : public QLabel
{
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
};

// Tab moves from cell to cell while editing, as in a spreadsheet, but leaves the table after its
// last cell (Shift+Tab: before its first) instead of wrapping round to the start: no keyboard trap.
class NodeTableView : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
};

} // namespace pgpilot::worksheet
