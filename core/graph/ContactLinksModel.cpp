// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactLinksModel.h"

#include "ContactStore.h"
#include "PresetLabels.h"
#include "ReferralStore.h"

#include <QLocale>

#include <algorithm>

namespace Rapport {

namespace {

bool sameLink(const Referral& a, const Referral& b)
{
    return a.id == b.id && a.referrerId == b.referrerId && a.referredId == b.referredId && a.kind == b.kind
        && a.relation == b.relation && a.date == b.date && a.note == b.note && a.mayUseName == b.mayUseName
        && a.importBatchId == b.importBatchId;
}

} // namespace

ContactLinksModel::ContactLinksModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_readFailureText([](const QString& problem) { return problem; })
{ }

void ContactLinksModel::setStores(ContactStore* contacts, ReferralStore* links)
{
    if (m_contacts)
        m_contacts->disconnect(this);
    if (m_store)
        m_store->disconnect(this);
    m_contacts = contacts;
    m_store = links;
    if (links)
        connect(links, &ReferralStore::linksChanged, this, &ContactLinksModel::sync);
    if (contacts) {
        // Lines name the other person: they change when that person is edited or removed.
        connect(contacts, &ContactStore::contactChanged, this, &ContactLinksModel::sync);
        connect(contacts, &ContactStore::contactRemoved, this, &ContactLinksModel::sync);
        connect(contacts, &ContactStore::contactsReset, this, &ContactLinksModel::sync);
    }
    beginResetModel();
    m_contactId = 0;
    m_links.clear();
    m_texts.clear();
    m_message.clear();
    endResetModel();
}

void ContactLinksModel::setContact(qint64 contactId)
{
    beginResetModel();
    m_contactId = contactId;
    m_links.clear();
    m_texts.clear();
    m_message.clear();
    endResetModel();
    sync();
}

void ContactLinksModel::setReadFailureText(std::function<QString(const QString&)> text)
{
    m_readFailureText = std::move(text);
}

std::optional<Referral> ContactLinksModel::linkAt(int row) const
{
    if (row < 0 || row >= m_links.size())
        return std::nullopt;
    return m_links.at(row);
}

QString ContactLinksModel::describe(const Referral& link) const
{
    const auto nameOf = [this](qint64 id) {
        const auto summary = m_contacts->summary(id);
        return summary ? summary->name : tr("(removed)");
    };
    QString text;
    if (!link.isReferral()) {
        const qint64 other = link.referrerId == m_contactId ? link.referredId : link.referrerId;
        text = link.relation.isEmpty() ? tr("Knows %1").arg(nameOf(other))
                                       : tr("Knows %1 (%2)").arg(nameOf(other), PresetLabels::shown(link.relation));
    } else if (link.referredId == m_contactId) {
        text = link.referrerId == 0 ? tr("You found them yourself") : tr("Referred by %1").arg(nameOf(link.referrerId));
    } else {
        text = tr("Referred you to %1").arg(nameOf(link.referredId));
    }
    if (link.date.isValid())
        text += QStringLiteral(" · ") + QLocale().toString(link.date, QLocale::ShortFormat);
    if (link.mayUseName)
        text += QStringLiteral(" · ") + (*link.mayUseName ? tr("may use name") : tr("don't use name"));
    if (!link.note.isEmpty())
        text += QStringLiteral(" · ") + link.note;
    return text;
}

void ContactLinksModel::sync()
{
    const bool reading = m_contacts && m_store && m_contactId;
    QList<Referral> links = reading ? m_store->linksOf(m_contactId) : QList<Referral>();
    const QString problem = reading ? m_store->readError() : QString();
    const auto rank = [this](const Referral& l) { return l.isReferral() ? (l.referredId == m_contactId ? 0 : 1) : 2; };
    std::stable_sort(
        links.begin(), links.end(), [&rank](const Referral& a, const Referral& b) { return rank(a) < rank(b); });

    // The line that says there are none is taken away first and put back last, so it never
    // stands between links while they move.
    const QString message = !problem.isEmpty() ? m_readFailureText(problem) // not "none recorded": unread
        : links.isEmpty() && m_contactId       ? tr("No referrals or acquaintances recorded")
                                               : QString();
    if (!m_message.isEmpty() && message != m_message)
        setMessage(QString());

    // Links that are gone.
    for (int row = int(m_links.size()) - 1; row >= 0; --row) {
        const qint64 id = m_links.at(row).id;
        if (std::none_of(links.cbegin(), links.cend(), [id](const Referral& l) { return l.id == id; })) {
            beginRemoveRows({}, row, row);
            m_links.removeAt(row);
            m_texts.removeAt(row);
            endRemoveRows();
        }
    }
    // Then, row by row, each link where it belongs: already there, moved up, or new.
    for (int row = 0; row < links.size(); ++row) {
        const Referral& link = links.at(row);
        const QString text = describe(link);
        int from = row;
        while (from < m_links.size() && m_links.at(from).id != link.id)
            ++from;
        if (from == m_links.size()) {
            beginInsertRows({}, row, row);
            m_links.insert(row, link);
            m_texts.insert(row, text);
            endInsertRows();
            continue;
        }
        if (from != row) {
            beginMoveRows({}, from, from, {}, row);
            m_links.move(from, row);
            m_texts.move(from, row);
            endMoveRows();
        }
        if (!sameLink(m_links.at(row), link) || m_texts.at(row) != text) {
            m_links[row] = link;
            m_texts[row] = text;
            emit dataChanged(index(row), index(row));
        }
    }
    if (message != m_message)
        setMessage(message);
}

void ContactLinksModel::setMessage(const QString& message)
{
    const int row = int(m_links.size());
    if (m_message.isEmpty()) {
        beginInsertRows({}, row, row);
        m_message = message;
        endInsertRows();
    } else {
        beginRemoveRows({}, row, row);
        m_message.clear();
        endRemoveRows();
    }
}

int ContactLinksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_links.size()) + (m_message.isEmpty() ? 0 : 1);
}

QVariant ContactLinksModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool isLink = index.row() < m_links.size();
    if (role == Qt::DisplayRole)
        return isLink ? m_texts.at(index.row()) : m_message;
    if (role == LinkIdRole && isLink)
        return m_links.at(index.row()).id;
    return {};
}

} // namespace Rapport
