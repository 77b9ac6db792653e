// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/runnamegenerator.h"

#include <QRandomGenerator>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Store::RunNameGenerator {

namespace {

constexpr std::array adjectives = {
    u"amber", u"bold", u"brave", u"bright", u"calm", u"clever", u"crisp", u"eager",
    u"gentle", u"golden", u"happy", u"keen", u"lively", u"lucky", u"merry", u"nimble",
    u"quiet", u"rapid", u"silent", u"sleek", u"steady", u"sunny", u"swift", u"wise",
};

constexpr std::array animals = {
    u"badger", u"bear", u"crane", u"deer", u"dolphin", u"eagle", u"falcon", u"fox",
    u"gecko", u"hare", u"heron", u"ibis", u"koala", u"lynx", u"moose", u"otter",
    u"owl", u"panda", u"puffin", u"seal", u"sparrow", u"tiger", u"whale", u"wolf",
};

} // namespace

QString generate()
{
    auto *random = QRandomGenerator::global();
    const QStringView adjective = adjectives.at(random->bounded(int(adjectives.size())));
    const QStringView animal = animals.at(random->bounded(int(animals.size())));
    return u"%1-%2-%3"_s.arg(adjective, animal, QString::number(random->bounded(1000)));
}

} // namespace Flowdesk::Store::RunNameGenerator
