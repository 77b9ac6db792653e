// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace Flowdesk::Server {

/// Checks the Authorization header of a request: HTTP basic auth against `user:password` lines
/// of an auth file, or a bearer token read from a token file. Secrets are compared in constant
/// time, and an unknown user costs as much as a wrong password.
class Authenticator final
{
public:
    /// Lines `user:password`; blank lines and lines starting with '#' are skipped. On failure
    /// an empty optional and `error` says why.
    static std::optional<Authenticator> fromAuthFile(const QString &path, QString *error);
    /// The file's content, trimmed, is the token.
    static std::optional<Authenticator> fromTokenFile(const QString &path, QString *error);
    static Authenticator basic(QHash<QByteArray, QByteArray> users);
    static Authenticator bearer(QByteArray token);

    bool isAuthorized(const QByteArray &authorizationHeader) const;
    /// The WWW-Authenticate challenge of a 401.
    QByteArray challenge() const;

    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    enum class Mode { Basic, Bearer };
    Authenticator() = default;

    Mode m_mode = Mode::Basic;
    QHash<QByteArray, QByteArray> m_users;
    QByteArray m_token;
};

} // namespace Flowdesk::Server
