// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LabeledValuesEditor.h"

#include "PresetLabels.h"
#include "WheelGuard.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Rapport {

LabeledValuesEditor::LabeledValuesEditor(
    const QStringList& labels, const QString& addText, const QString& placeholder, QWidget* parent)
    : QWidget(parent)
    , m_labels(labels)
    , m_placeholder(placeholder)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(4);
    layout->addLayout(m_rows);
    // A button that looks like one (a flat one read as a label), with a plus where the theme has none.
    const QIcon plus = QIcon::fromTheme(QStringLiteral("list-add"));
    m_addButton = new QPushButton(plus.isNull() ? tr("+ %1").arg(addText) : addText, this);
    m_addButton->setObjectName(QStringLiteral("addValueButton"));
    m_addButton->setIcon(plus);
    layout->addWidget(m_addButton, 0, Qt::AlignLeft);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        QWidget* row = addRow({m_labels.value(0), QString()});
        row->findChild<QLineEdit*>()->setFocus();
    });
}

QWidget* LabeledValuesEditor::addRow(const LabeledValue& value)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QComboBox(row);
    label->setEditable(true);
    for (const QString& key : std::as_const(m_labels))
        label->addItem(PresetLabels::shown(key));
    label->setCurrentText(PresetLabels::shown(value.label));
    label->setAccessibleName(tr("Label"));
    label->setMinimumContentsLength(6);
    label->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* edit = new QLineEdit(value.value, row);
    edit->setCursorPosition(0); // show the start of a long address, not its end
    // Room for most of an address: in a narrow editor (200% scaling) the form then puts the
    // row under its label instead of squeezing the address to a few letters.
    edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 14);
    edit->setPlaceholderText(m_placeholder);
    edit->setAccessibleName(m_placeholder);
    auto* remove = new QToolButton(row);
    remove->setObjectName(QStringLiteral("removeValueButton"));
    remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    remove->setText(QStringLiteral("−"));
    remove->setToolTip(tr("Remove"));
    remove->setAccessibleName(tr("Remove"));
    layout->addWidget(label);
    layout->addWidget(edit, 1);
    layout->addWidget(remove);
    m_rows->addWidget(row);
    WheelGuard::guard(label);
    // Rows are made after the rest of the form; put them in the Tab chain just before "Add".
    QWidget::setTabOrder(m_addButton->previousInFocusChain(), label);
    QWidget::setTabOrder(label, edit);
    QWidget::setTabOrder(edit, remove);
    QWidget::setTabOrder(remove, m_addButton);
    connect(edit, &QLineEdit::editingFinished, this, &LabeledValuesEditor::edited);
    // Nothing to remove from a blank row: it goes by itself once the user leaves it.
    remove->setEnabled(!edit->text().trimmed().isEmpty());
    connect(edit, &QLineEdit::textChanged, remove,
        [remove](const QString& text) { remove->setEnabled(!text.trimmed().isEmpty()); });
    connect(edit, &QLineEdit::editingFinished, this, [this, row, edit] {
        const QWidget* focus = QApplication::focusWidget();
        if (edit->text().trimmed().isEmpty() && focus && !row->isAncestorOf(focus))
            dropRow(row);
    });
    connect(label, &QComboBox::activated, this, &LabeledValuesEditor::edited);
    connect(label->lineEdit(), &QLineEdit::editingFinished, this, &LabeledValuesEditor::edited);
    connect(remove, &QToolButton::clicked, this, [this, row] { removeRow(row); });
    return row;
}

void LabeledValuesEditor::removeRow(QWidget* row)
{
    dropRow(row);
    emit edited();
}

void LabeledValuesEditor::dropRow(QWidget* row)
{
    if (m_rows->indexOf(row) < 0)
        return; // already gone
    m_rows->removeWidget(row);
    row->hide();
    row->deleteLater();
}

void LabeledValuesEditor::setValues(const QList<LabeledValue>& values)
{
    if (values == this->values() && m_rows->count() == values.size())
        return; // keeps the cursor where the user is typing
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    const QSignalBlocker blocker(this);
    for (const auto& value : values)
        addRow(value);
}

QList<LabeledValue> LabeledValuesEditor::values() const
{
    QList<LabeledValue> result;
    for (int i = 0; i < m_rows->count(); ++i) {
        QWidget* row = m_rows->itemAt(i)->widget();
        const QString value = row->findChild<QLineEdit*>()->text().trimmed();
        if (!value.isEmpty())
            result.append({PresetLabels::stored(row->findChild<QComboBox*>()->currentText().trimmed()), value});
    }
    return result;
}

} // namespace Rapport
