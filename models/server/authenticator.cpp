// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/server/authenticator.h"

#include "models/server/servertr.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Server {

namespace {

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

std::optional<Authenticator> Authenticator::fromAuthFile(const QString &path, QString *error)
{
    const auto content = readFile(path, error);
    if (!content)
        return std::nullopt;
    QHash<QByteArray, QByteArray> users;
    int lineNumber = 0;
    for (const QByteArray &rawLine : content->split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || colon == line.size() - 1) {
            if (error)
                *error = Tr::tr("%1, line %2: expected user:password").arg(path).arg(lineNumber);
            return std::nullopt;
        }
        users.insert(line.left(colon), line.mid(colon + 1));
    }
    if (users.isEmpty()) {
        if (error)
            *error = Tr::tr("%1 names no user (expected user:password lines)").arg(path);
        return std::nullopt;
    }
    return basic(std::move(users));
}

std::optional<Authenticator> Authenticator::fromTokenFile(const QString &path, QString *error)
{
    const auto content = readFile(path, error);
    if (!content)
        return std::nullopt;
    const QByteArray token = content->trimmed();
    if (token.isEmpty()) {
        if (error)
            *error = Tr::tr("%1 is empty: it must hold the token").arg(path);
        return std::nullopt;
    }
    return bearer(token);
}

Authenticator Authenticator::basic(QHash<QByteArray, QByteArray> users)
{
    Authenticator authenticator;
    authenticator.m_mode = Mode::Basic;
    authenticator.m_users = std::move(users);
    return authenticator;
}

Authenticator Authenticator::bearer(QByteArray token)
{
    Authenticator authenticator;
    authenticator.m_mode = Mode::Bearer;
    authenticator.m_token = std::move(token);
    return authenticator;
}

bool Authenticator::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Walk the longer input fully so that the time depends on lengths only.
    const qsizetype length = std::max(a.size(), b.size());
    unsigned char difference = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < length; ++i) {
        const unsigned char x = i < a.size() ? static_cast<unsigned char>(a.at(i)) : 0;
        const unsigned char y = i < b.size() ? static_cast<unsigned char>(b.at(i)) : 0;
        difference |= x ^ y;
    }
    return difference == 0;
}

bool Authenticator::isAuthorized(const QByteArray &authorizationHeader) const
{
    const QByteArray header = authorizationHeader.trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space <= 0)
        return false;
    const QByteArray scheme = header.left(space).toLower();
    const QByteArray credentials = header.mid(space + 1).trimmed();
    if (m_mode == Mode::Bearer)
        return scheme == "bearer" && constantTimeEquals(credentials, m_token);
    if (scheme != "basic")
        return false;
    const auto decoded =
        QByteArray::fromBase64Encoding(credentials, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QByteArray pair = *decoded;
    const qsizetype colon = pair.indexOf(':');
    if (colon < 0)
        return false;
    const QByteArray user = pair.left(colon);
    const QByteArray password = pair.mid(colon + 1);
    const auto it = m_users.constFind(user);
    // An unknown user still pays for one comparison.
    const QByteArray expected =
        it == m_users.cend() ? QByteArray(password.size() + 1, '\0') : it.value();
    return constantTimeEquals(password, expected) && it != m_users.cend();
}

QByteArray Authenticator::challenge() const
{
    return m_mode == Mode::Bearer ? QByteArray("Bearer realm=\"mlflow\"")
                                  : QByteArray("Basic realm=\"mlflow\"");
}

} // namespace Flowdesk::Server
