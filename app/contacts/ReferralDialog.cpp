// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReferralDialog.h"

#include "DateFields.h"
#include "PresetLabels.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

#include <algorithm>

namespace Rapport {

namespace {
const QDate kNoDate(1900, 1, 1);
constexpr qint64 kMe = -1; // the "Me" entry of the person list (stored as no referrer)
constexpr int kWidestList = 640; // an organisation's name may be a sentence

// The popup list is as wide as its longest "person — organisation" (up to kWidestList), so entries
// show whole even though the box itself keeps its width. Only the longest texts are measured: a
// network may hold 100,000 people.
void widenList(QComboBox* combo, const QStringList& texts)
{
    qsizetype longest = 0;
    for (const QString& text : texts)
        longest = std::max(longest, text.size());
    const QFontMetrics metrics = combo->fontMetrics();
    int widest = 0;
    for (const QString& text : texts)
        if (text.size() * 4 >= longest * 3)
            widest = std::max(widest, metrics.horizontalAdvance(text));
    QAbstractItemView* list = combo->view();
    QStyle* style = list->style();
    const int room = 2 * list->frameWidth() + style->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, list)
        + 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1);
    list->setMinimumWidth(std::min(widest + room, kWidestList));
}
} // namespace

ReferralDialog::ReferralDialog(Role role, const Contact& contact, const QList<ContactSummary>& people, QWidget* parent)
    : QDialog(parent)
    , m_role(role)
    , m_contactId(contact.id)
{
    const QString name = contact.displayName();
    QString personLabel;
    switch (role) {
    case Role::ReferredBy:
        setWindowTitle(tr("Referred By"));
        personLabel = tr("&Who referred %1?").arg(name);
        break;
    case Role::Referred:
        setWindowTitle(tr("Referral"));
        personLabel = tr("&Whom did %1 refer you to?").arg(name);
        break;
    case Role::Knows:
        setWindowTitle(tr("Knows"));
        personLabel = tr("&Whom does %1 know?").arg(name);
        break;
    }

    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("linkPersonCombo"));
    m_person->setEditable(true);
    m_person->setInsertPolicy(QComboBox::NoInsert);
    m_person->setMinimumWidth(320);
    m_person->completer()->setFilterMode(Qt::MatchContains);
    m_person->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_person->lineEdit()->setPlaceholderText(tr("Type a name"));
    // One batch of texts, with the ids kept beside them: a network may hold 100,000 people.
    QStringList texts;
    texts.reserve(people.size() + 1);
    if (role == Role::ReferredBy) {
        texts.append(tr("Me (I found them myself)"));
        m_ids.append(kMe);
    }
    for (const ContactSummary& person : people) {
        if (person.id == contact.id)
            continue; // nobody refers or knows themselves
        texts.append(person.organization.isEmpty()
                ? person.name
                : tr("%1 — %2", "person — organisation").arg(person.name, person.organization));
        m_ids.append(person.id);
    }
    m_person->addItems(texts);
    m_person->setCurrentIndex(-1);
    widenList(m_person, texts);

    auto* form = new QFormLayout;
    form->addRow(personLabel, m_person);
    if (role == Role::Knows) {
        m_relation = new QComboBox(this);
        m_relation->setObjectName(QStringLiteral("linkRelationCombo"));
        m_relation->setEditable(true);
        for (const QString& key : PresetLabels::relationKeys())
            m_relation->addItem(PresetLabels::shown(key));
        form->addRow(tr("&How:"), m_relation);
    }
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("linkDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(kNoDate);
    m_date->setSpecialValueText(tr("Not set"));
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setDate(kNoDate);
    form->addRow(tr("&Date:"), m_date);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("linkNoteEdit"));
    m_note->setPlaceholderText(
        role == Role::Knows ? tr("e.g. worked together at the lab") : tr("e.g. suggested at our coffee in March"));
    form->addRow(tr("&Note:"), m_note);
    if (role != Role::Knows) {
        m_mayUseName = new QComboBox(this);
        m_mayUseName->setObjectName(QStringLiteral("linkMayUseNameCombo"));
        m_mayUseName->addItem(tr("Not asked"));
        m_mayUseName->addItem(tr("Yes"), true);
        m_mayUseName->addItem(tr("No"), false);
        form->addRow(tr("May you &mention the referrer's name?"), m_mayUseName);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("linkError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_person->setFocus();
}

void ReferralDialog::setLink(const Referral& link)
{
    m_linkId = link.id;
    qint64 other = link.referrerId == m_contactId ? link.referredId : link.referrerId;
    if (m_role == Role::ReferredBy && link.referrerId == 0)
        other = kMe;
    m_person->setCurrentIndex(int(m_ids.indexOf(other)));
    if (m_relation)
        m_relation->setCurrentText(PresetLabels::shown(link.relation));
    m_date->setDate(link.date.isValid() ? link.date : kNoDate);
    m_note->setText(link.note);
    if (m_mayUseName)
        m_mayUseName->setCurrentIndex(!link.mayUseName ? 0 : (*link.mayUseName ? 1 : 2));
}

qint64 ReferralDialog::chosenPerson(bool* found) const
{
    const QString text = m_person->currentText().simplified();
    int index = m_person->findText(text, Qt::MatchFixedString);
    if (index < 0) { // a bare name without the organisation shown in the list
        for (int i = 0; i < m_person->count(); ++i) {
            if (m_person->itemText(i).section(QStringLiteral(" — "), 0, 0).compare(text, Qt::CaseInsensitive) == 0) {
                if (index >= 0) {
                    index = -1; // two people of that name: the user must pick one
                    break;
                }
                index = i;
            }
        }
    }
    *found = index >= 0;
    return *found ? m_ids.at(index) : 0;
}

Referral ReferralDialog::link() const
{
    bool found = false;
    const qint64 other = chosenPerson(&found);
    Referral link;
    link.id = m_linkId;
    switch (m_role) {
    case Role::ReferredBy:
        link.referrerId = other == kMe ? 0 : other;
        link.referredId = m_contactId;
        break;
    case Role::Referred:
        link.referrerId = m_contactId;
        link.referredId = other;
        break;
    case Role::Knows:
        link.kind = LinkKind::Knows;
        link.referrerId = m_contactId;
        link.referredId = other;
        link.relation = PresetLabels::stored(m_relation->currentText().trimmed());
        break;
    }
    if (m_date->date() != kNoDate)
        link.date = m_date->date();
    link.note = m_note->text().trimmed();
    if (m_mayUseName && m_mayUseName->currentIndex() > 0)
        link.mayUseName = m_mayUseName->currentData().toBool();
    return link;
}

void ReferralDialog::accept()
{
    bool found = false;
    chosenPerson(&found);
    if (!found) {
        m_error->setText(m_person->currentText().trimmed().isEmpty()
                ? tr("Choose a person from the list.")
                : tr("No single contact is called \"%1\". Choose one from the list.").arg(m_person->currentText()));
        m_error->show();
        m_person->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Rapport
