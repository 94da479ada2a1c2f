// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A generated network for the graph benchmarks: `contacts` people in referral trees under
// Me, plus `knowsLinks` extra "knows" links across them, as a Rapport JSON backup (which
// `rapport import` restores) and as the same graph in Graphviz's DOT language.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTextStream>

namespace RapportBench {

inline void writeReferralForest(const QString& jsonPath, const QString& dotPath, int contacts, int knowsLinks)
{
    static const char* const given[] = {"Ada", "Samir", "Zoë", "Léa", "Oluwaseun", "Priya", "Marcus", "Hana", "José",
        "Mei", "Owen", "Chen", "Aisha", "Tomás", "Ingrid", "Kwame"};
    static const char* const family[] = {"Haddad", "Nguyễn", "Fontaine", "Adeyemi", "Raman", "Bell", "Kobayashi",
        "Alvarado", "Wiśniewski", "Zhou", "Gallagher", "Wei", "Bello", "Herrera", "Sørensen", "Asante"};
    static const char* const stages[] = {"to_contact", "reached_out", "scheduled", "met", "following_up", "keep_warm"};
    QRandomGenerator random(7);
    QJsonArray people, referrals;
    QStringList dotNodes, dotEdges;
    const auto quoted = [](const QString& text) {
        return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\\\"")) + QLatin1Char('"');
    };
    dotNodes.append(QStringLiteral("  me [label=\"Me\"];"));
    for (int i = 1; i <= contacts; ++i) {
        const QString first = QString::fromUtf8(given[random.bounded(16)]);
        const QString last = QString::fromUtf8(family[random.bounded(16)]) + QLatin1Char('-') + QString::number(i);
        const QString organization = QStringLiteral("Organisation %1").arg(random.bounded(300));
        people.append(QJsonObject {{QStringLiteral("id"), i}, {QStringLiteral("firstName"), first},
            {QStringLiteral("lastName"), last}, {QStringLiteral("organization"), organization},
            {QStringLiteral("stage"), QString::fromLatin1(stages[random.bounded(6)])},
            {QStringLiteral("strength"), int(random.bounded(6))}});
        dotNodes.append(QStringLiteral("  c%1 [label=%2];")
                            .arg(i)
                            .arg(quoted(first + QLatin1Char(' ') + last + QStringLiteral("\\n") + organization)));
        // The first few were found by the user; everyone else was referred by someone earlier.
        const int referrer = i <= 40 ? 0 : int(random.bounded(1, i));
        referrals.append(QJsonObject {{QStringLiteral("from"), referrer ? QJsonValue(referrer) : QJsonValue()},
            {QStringLiteral("to"), i}, {QStringLiteral("kind"), QStringLiteral("referral")}});
        dotEdges.append(QStringLiteral("  %1 -> c%2;")
                            .arg(referrer ? QStringLiteral("c%1").arg(referrer) : QStringLiteral("me"))
                            .arg(i));
    }
    for (int k = 0; k < knowsLinks; ++k) {
        const int a = int(random.bounded(1, contacts + 1));
        int b = int(random.bounded(1, contacts + 1));
        if (b == a)
            b = a % contacts + 1;
        referrals.append(QJsonObject {
            {QStringLiteral("from"), a}, {QStringLiteral("to"), b}, {QStringLiteral("kind"), QStringLiteral("knows")}});
        dotEdges.append(QStringLiteral("  c%1 -> c%2 [constraint=false, arrowhead=none, style=dashed];").arg(a).arg(b));
    }
    QFile json(jsonPath);
    json.open(QIODevice::WriteOnly);
    json.write(
        QJsonDocument(QJsonObject {{QStringLiteral("contacts"), people}, {QStringLiteral("referrals"), referrals},
                          {QStringLiteral("meetings"), QJsonArray()}, {QStringLiteral("followUps"), QJsonArray()}})
            .toJson(QJsonDocument::Compact));
    QFile dot(dotPath);
    dot.open(QIODevice::WriteOnly);
    QTextStream out(&dot);
    // The attributes Rapport's layered layout uses, so both lay out the same problem.
    out << "digraph rapport {\n  rankdir=LR; nodesep=0.12; ranksep=0.55;\n"
        << "  node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans\", fontsize=9];\n"
        << dotNodes.join(QLatin1Char('\n')) << '\n'
        << dotEdges.join(QLatin1Char('\n')) << "\n}\n";
}

} // namespace RapportBench
