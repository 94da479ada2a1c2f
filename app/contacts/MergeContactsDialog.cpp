// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MergeContactsDialog.h"

#include "DisplayFormat.h"
#include "Stage.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Rapport {

namespace {

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // names and values are the user's data
    label->setWordWrap(true);
    return label;
}

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

QString listText(const QList<LabeledValue>& values)
{
    QStringList lines;
    for (const LabeledValue& value : values)
        lines.append(value.value);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

MergeContactsDialog::MergeContactsDialog(
    const MergePlan& plan, const Contact& kept, const Contact& other, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("mergeContactsDialog"));
    setWindowTitle(tr("Merge Contacts"));
    const QString keptName = kept.displayName();
    const QString otherName = other.displayName();

    auto* intro = plainLabel(
        tr("%1 and %2 become one contact. Where they differ, choose the value to keep.").arg(keptName, otherName),
        this);

    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    // Two records of one person often share the name: say which is which.
    auto* keptHeader = plainLabel(keptName, this);
    auto* otherHeader = plainLabel(otherName, this);
    for (QLabel* header : {keptHeader, otherHeader})
        header->setFont(boldFont(header->font()));
    grid->addWidget(keptHeader, 0, 1);
    grid->addWidget(otherHeader, 0, 2);
    auto* keptCaption = plainLabel(tr("Stays · added %1").arg(DisplayFormat::shortDateTime(kept.createdAt)), this);
    auto* otherCaption
        = plainLabel(tr("Merged in, then deleted · added %1").arg(DisplayFormat::shortDateTime(other.createdAt)), this);
    for (QLabel* caption : {keptCaption, otherCaption}) {
        caption->setForegroundRole(QPalette::PlaceholderText);
        caption->setObjectName(caption == keptCaption ? QStringLiteral("keptCaption") : QStringLiteral("otherCaption"));
    }
    grid->addWidget(keptCaption, 1, 1);
    grid->addWidget(otherCaption, 1, 2);
    grid->setRowMinimumHeight(2, fontMetrics().height() / 2);
    int row = 3;
    for (const MergeField& field : std::as_const(m_plan.fields)) {
        if (!field.kept.isValid() && !field.other.isValid())
            continue;
        auto* label = plainLabel(fieldLabel(field.key), this);
        grid->addWidget(label, row, 0);
        if (field.asked) {
            label->setFont(boldFont(label->font())); // the rows that need a choice stand out
            const auto radio = [&](const QVariant& value, const QString& name) {
                // A button reads "&" as a shortcut marker.
                const QString text = valueText(field.key, value);
                auto* button = new QRadioButton(QString(text).replace(QLatin1Char('&'), QLatin1String("&&")), this);
                button->setObjectName(field.key + name);
                button->setAccessibleName(tr("%1: %2").arg(fieldLabel(field.key), text));
                return button;
            };
            auto* keepKept = radio(field.kept, QStringLiteral("KeptButton"));
            auto* keepOther = radio(field.other, QStringLiteral("OtherButton"));
            auto* group = new QButtonGroup(this);
            group->addButton(keepKept);
            group->addButton(keepOther);
            (field.otherByDefault ? keepOther : keepKept)->setChecked(true);
            m_otherButtons.insert(field.key, keepOther);
            grid->addWidget(keepKept, row, 1);
            grid->addWidget(keepOther, row, 2);
        } else {
            // Nothing to choose: the value there is stays, in whichever column has it.
            if (field.kept.isValid())
                grid->addWidget(plainLabel(valueText(field.key, field.kept), this), row, 1);
            if (field.other.isValid())
                grid->addWidget(plainLabel(valueText(field.key, field.other), this), row, 2);
        }
        ++row;
    }
    const auto addList = [&](const QString& title, const QString& keptText, const QString& otherText) {
        if (keptText.isEmpty() && otherText.isEmpty())
            return;
        grid->addWidget(plainLabel(title, this), row, 0);
        grid->addWidget(plainLabel(keptText, this), row, 1);
        grid->addWidget(plainLabel(otherText, this), row, 2);
        ++row;
    };
    addList(tr("E-mails"), listText(kept.emails), listText(other.emails));
    addList(tr("Phones"), listText(kept.phones), listText(other.phones));
    addList(tr("Tags"), kept.tags.join(QStringLiteral(", ")), other.tags.join(QStringLiteral(", ")));

    auto* outcome = plainLabel(tr("Both contacts' e-mails, phones and tags are kept, and their notes are joined. "
                                  "Meetings, follow-ups and referral links move to the merged contact, "
                                  "and %1 is then deleted. You can undo this.")
                                   .arg(otherName),
        this);
    outcome->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Merge"));
    ok->setObjectName(QStringLiteral("mergeButton"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(outcome);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    // Tab goes down the rows (the order the buttons were made in), then to Merge and Cancel; Enter merges.
}

MergeChoices MergeContactsDialog::choices() const
{
    MergeChoices choices;
    choices.keptId = m_plan.keptId;
    choices.otherId = m_plan.otherId;
    for (auto it = m_otherButtons.cbegin(); it != m_otherButtons.cend(); ++it) {
        if (it.value()->isChecked())
            choices.fromOther.insert(it.key());
    }
    return choices;
}

QString MergeContactsDialog::fieldLabel(const QString& key)
{
    if (key == QLatin1String("firstName"))
        return tr("Given name");
    if (key == QLatin1String("lastName"))
        return tr("Family name");
    if (key == QLatin1String("organization"))
        return tr("Organisation");
    if (key == QLatin1String("title"))
        return tr("Title");
    if (key == QLatin1String("linkedinUrl"))
        return tr("LinkedIn");
    if (key == QLatin1String("location"))
        return tr("Location");
    if (key == QLatin1String("connectedOn"))
        return tr("Connected on LinkedIn");
    if (key == QLatin1String("stage"))
        return tr("Stage");
    if (key == QLatin1String("strength"))
        return tr("Strength");
    if (key == QLatin1String("checkInDays"))
        return tr("Check in every");
    if (key == QLatin1String("source"))
        return tr("Source");
    return key;
}

QString MergeContactsDialog::valueText(const QString& key, const QVariant& value)
{
    if (key == QLatin1String("connectedOn"))
        return DisplayFormat::shortDate(value.toDate());
    if (key == QLatin1String("stage")) {
        Stage stage = Stage::ToContact;
        return stageFromKey(value.toString(), &stage) ? stageLabel(stage) : value.toString();
    }
    if (key == QLatin1String("strength"))
        return tr("%1 of 5").arg(value.toInt());
    if (key == QLatin1String("checkInDays"))
        return tr("%n days", nullptr, value.toInt());
    return value.toString();
}

} // namespace Rapport
