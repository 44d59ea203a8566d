// SPDX-License-Identifier: GPL-3.0-or-later
#include "worksheetwidgets.h"

#include "darkpalette.h"
#include "nodetablemodel.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QResizeEvent>

namespace pgpilot::worksheet {

QString errorColourStyle()
{
    return isDarkPalette() ? QStringLiteral("color: #ff8a80;") : QStringLiteral("color: #a30b0b;");
}

void nameEditorsFromLabels(QWidget* root)
{
    for (QFormLayout* form : root->findChildren<QFormLayout*>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* labelItem = form->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem* fieldItem = form->itemAt(row, QFormLayout::FieldRole);
            auto* label = labelItem ? qobject_cast<QLabel*>(labelItem->widget()) : nullptr;
            QWidget* field = fieldItem ? fieldItem->widget() : nullptr;
            if (!label || !field)
                continue;
            QWidget* editor = field;
            if (!qobject_cast<QLineEdit*>(field) && !qobject_cast<QComboBox*>(field)
                && !qobject_cast<QAbstractSpinBox*>(field)) {
                editor = field->findChild<QComboBox*>(QString(), Qt::FindDirectChildrenOnly);
                if (!editor)
                    editor = field->findChild<QAbstractSpinBox*>(QString(), Qt::FindDirectChildrenOnly);
                if (!editor)
                    editor = field->findChild<QLineEdit*>(QString(), Qt::FindDirectChildrenOnly);
            }
            if (!editor)
                continue;
            QString name = label->text().remove(QLatin1Char('&')).trimmed();
            if (name.endsWith(QLatin1Char(':')))
                name.chop(1);
            editor->setAccessibleName(name.trimmed());
            label->setBuddy(editor);
        }
    }
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* hint(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* label = new ErrorLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

QString errorText(const QStringList& messages)
{
    QStringList lines;
    for (const QString& m : messages)
        lines << QStringLiteral("\u26a0 %1").arg(m.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

void setComboData(QComboBox* combo, const QVariant& data)
{
    const int i = combo->findData(data);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

// ---- ChoiceDelegate

QWidget* ChoiceDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QStringList choices = NodeTableModel::choices(index.column());
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    for (const QString& id : choices)
        combo->addItem(NodeTableModel::choiceLabel(id), id); // shown translated, stored as the id
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toString())));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentData().toString());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

// ---- ErrorLabel

QSize ErrorLabel::minimumSizeHint() const
{
    QSize hint = QLabel::minimumSizeHint();
    if (wordWrap() && width() > 0 && !text().isEmpty())
        hint.setHeight(heightForWidth(width()));
    return hint;
}

void ErrorLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry();
}

// ---- NodeTableView

QModelIndex NodeTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    if (model() && current.isValid() && (action == MoveNext || action == MovePrevious)) {
        int last = model()->columnCount() - 1;
        while (last > 0 && isColumnHidden(last))
            --last;
        int first = 0;
        while (first < last && isColumnHidden(first))
            ++first;
        if (action == MoveNext && current.row() == model()->rowCount() - 1 && current.column() == last)
            return {};
        if (action == MovePrevious && current.row() == 0 && current.column() == first)
            return {};
    }
    return QTableView::moveCursor(action, modifiers);
}

} // namespace pgpilot::worksheet
