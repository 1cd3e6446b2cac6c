#include "io/planjson.h"

#include "io/followupjson.h"
#include "io/picturefile.h"
#include "model/planerror.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <nlohmann/json.hpp>

#include <map>
#include <vector>

namespace planverk {

using ojson = nlohmann::ordered_json;
using json = nlohmann::json;

namespace {

std::string utf8(const QString &s) { return s.toStdString(); }
QString idText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

// ---------------------------------------------------------------- export

struct JsonWriter {
    ojson &o;
    void text(const char *k, const QString &s) { o[k] = utf8(s); }
    void markdown(const char *k, const QString &s) { o[k] = utf8(s); }
    void code(const char *k, const QString &s, const QStringList &) { o[k] = utf8(s); }
    void colour(const char *k, const QString &s) { o[k] = utf8(s); }
    void date(const char *k, const QDate &d) { o[k] = d.isValid() ? utf8(d.toString(Qt::ISODate)) : std::string(); }
    void integer(const char *k, const std::optional<int> &v) { v ? o[k] = *v : o[k] = nullptr; }
    void amount(const char *k, const std::optional<qint64> &v) { v ? o[k] = *v : o[k] = nullptr; }
    void refs(const char *k, const QList<QUuid> &ids, const char *)
    {
        ojson a = ojson::array();
        for (const QUuid &id : ids)
            a.push_back(utf8(idText(id)));
        o[k] = std::move(a);
    }
    void sdgs(const char *k, const QList<int> &v)
    {
        ojson a = ojson::array();
        for (int n : v)
            a.push_back(n);
        o[k] = std::move(a);
    }
};

// A picture as {"type", "alt", "data"}: its bytes in base64 (RFC 4648,
// no line breaks); an absent picture is left out.
void pictureJson(ojson &info, const char *key, const Picture &p)
{
    if (p.isEmpty())
        return;
    ojson o = ojson::object();
    o["type"] = utf8(p.type);
    o["alt"] = utf8(p.alt);
    o["data"] = p.data.toBase64().toStdString();
    info[key] = std::move(o);
}

template<class T>
ojson entityJson(const T &e);

template<class T>
ojson listJson(const QList<T> &list)
{
    ojson a = ojson::array();
    for (const T &e : list)
        a.push_back(entityJson(e));
    return a;
}

template<class T>
ojson entityJson(const T &e)
{
    ojson o = ojson::object();
    o["id"] = utf8(idText(e.id));
    JsonWriter w{o};
    fields(w, e);
    if constexpr (nests<T>)
        o[Kind<T>::nestedKey] = listJson(Kind<T>::children(e));
    if constexpr (hasChildKind<T>)
        o[Kind<typename ChildKindOf<T>::type>::key] = listJson(Kind<T>::children(e));
    return o;
}

// ---------------------------------------------------------------- import

struct PendingRef {
    QString path;
    QUuid id;
    const char *kind;
};

struct ImportState {
    QString file;
    QHash<QUuid, const char *> kindOf; // every id seen, and its kind
    QHash<QUuid, QString> pathOf;
    std::vector<PendingRef> refs;

    [[noreturn]] void fail(const QString &path, const QString &message) const
    {
        throw PlanError(file, path, message);
    }
};


struct JsonReader {
    ImportState &st;
    const json &o;
    QString path;
    QSet<QString> known;

    const json *find(const char *k)
    {
        known.insert(QString::fromLatin1(k));
        auto it = o.find(k);
        return it == o.end() ? nullptr : &*it;
    }
    QString at(const char *k) const { return path + '/' + QString::fromLatin1(k); }
    [[noreturn]] void expected(const char *k, const char *what, const json &got) const
    {
        st.fail(at(k), QStringLiteral("expected %1, found %2").arg(QString::fromLatin1(what), QString::fromLatin1(jsonTypeName(got))));
    }

    void text(const char *k, QString &s)
    {
        if (const json *j = find(k)) {
            if (!j->is_string())
                expected(k, "a string", *j);
            const auto &utf8 = j->get_ref<const std::string &>();
            if (qsizetype(utf8.size()) > kMaxTextLength && QString::fromStdString(utf8).size() > kMaxTextLength)
                st.fail(at(k), QStringLiteral("the text is longer than %L1 characters").arg(kMaxTextLength));
            s = QString::fromStdString(utf8);
        }
    }
    void markdown(const char *k, QString &s) { text(k, s); }
    void code(const char *k, QString &s, const QStringList &allowed)
    {
        if (const json *j = find(k)) {
            if (!j->is_string())
                expected(k, "a string", *j);
            QString v = QString::fromStdString(j->get_ref<const std::string &>());
            if (!allowed.contains(v)) {
                QStringList shown;
                for (const QString &a : allowed)
                    shown << (a.isEmpty() ? QStringLiteral("\"\"") : a);
                st.fail(at(k), QStringLiteral("\"%1\" is not one of %2").arg(v, shown.join(QStringLiteral(", "))));
            }
            s = v;
        }
    }
    void colour(const char *k, QString &s)
    {
        if (const json *j = find(k)) {
            if (!j->is_string())
                expected(k, "a colour \"#rrggbb\" or \"\"", *j);
            const QString v = QString::fromStdString(j->get_ref<const std::string &>());
            if (!isAccentColour(v))
                st.fail(at(k), QStringLiteral("\"%1\" is not a colour of the form #rrggbb (six hexadecimal digits in lower case) or \"\"").arg(v.left(40)));
            s = v;
        }
    }
    void date(const char *k, QDate &d)
    {
        if (const json *j = find(k)) {
            if (!j->is_string())
                expected(k, "a date (YYYY-MM-DD) or \"\"", *j);
            const auto &s = j->get_ref<const std::string &>();
            if (s.empty()) {
                d = QDate();
                return;
            }
            d = QDate::fromString(QString::fromStdString(s), Qt::ISODate);
            if (!d.isValid() || s.size() != 10)
                st.fail(at(k), QStringLiteral("\"%1\" is not a date of the form YYYY-MM-DD").arg(QString::fromStdString(s)));
        }
    }
    template<class N>
    void number(const char *k, std::optional<N> &v, const char *what)
    {
        if (const json *j = find(k)) {
            if (j->is_null()) {
                v.reset();
                return;
            }
            if (!j->is_number_integer())
                expected(k, what, *j);
            const auto n = j->get<long long>();
            if (n < 0 || n > std::numeric_limits<N>::max())
                st.fail(at(k), QStringLiteral("%1 is out of range").arg(n));
            v = N(n);
        }
    }
    void integer(const char *k, std::optional<int> &v) { number(k, v, "a whole number or null"); }
    void amount(const char *k, std::optional<qint64> &v) { number(k, v, "a whole number of kroner or null"); }
    void refs(const char *k, QList<QUuid> &ids, const char *kind)
    {
        ids.clear();
        const json *j = find(k);
        if (!j)
            return;
        if (!j->is_array())
            expected(k, "an array of ids", *j);
        QSet<QUuid> seen; // not ids.contains(): a membership may serve 100 000 goals
        for (size_t i = 0; i < j->size(); ++i) {
            const json &e = (*j)[i];
            const QString p = at(k) + '/' + QString::number(i);
            if (!e.is_string())
                st.fail(p, QStringLiteral("expected an id string, found %1").arg(QString::fromLatin1(jsonTypeName(e))));
            const QUuid id = QUuid::fromString(QString::fromStdString(e.get_ref<const std::string &>()));
            if (id.isNull())
                st.fail(p, QStringLiteral("\"%1\" is not a UUID").arg(QString::fromStdString(e.get<std::string>())));
            if (seen.contains(id))
                st.fail(p, QStringLiteral("%1 is listed twice").arg(idText(id)));
            seen.insert(id);
            ids.append(id);
            st.refs.push_back({p, id, kind});
        }
    }
    void sdgs(const char *k, QList<int> &v)
    {
        v.clear();
        const json *j = find(k);
        if (!j)
            return;
        if (!j->is_array())
            expected(k, "an array of numbers 1 to 17", *j);
        for (size_t i = 0; i < j->size(); ++i) {
            const json &e = (*j)[i];
            const QString p = at(k) + '/' + QString::number(i);
            if (!e.is_number_integer() || e.get<long long>() < 1 || e.get<long long>() > 17)
                st.fail(p, QStringLiteral("expected a UN Sustainable Development Goal number 1 to 17"));
            const int n = e.get<int>();
            if (v.contains(n))
                st.fail(p, QStringLiteral("goal %1 is listed twice").arg(n));
            v.append(n);
        }
    }

    void finish()
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString k = QString::fromStdString(it.key());
            if (!known.contains(k))
                st.fail(path + '/' + k, QStringLiteral("unknown field"));
        }
    }
};

template<class T>
void readList(ImportState &st, const json &parent, const char *key, const QString &parentPath, QList<T> &out, bool required = false);

// A picture: its bytes checked as a picture file the user chose would be.
void readPicture(ImportState &st, JsonReader &info, const char *key, Picture &out)
{
    const json *j = info.find(key);
    if (!j || j->is_null())
        return;
    if (!j->is_object())
        info.expected(key, "an object with the picture's type, alt and data", *j);
    JsonReader r{st, *j, info.at(key), {}};
    QString type;
    r.text("type", type);
    r.text("alt", out.alt);
    const json *d = r.find("data");
    if (!d)
        st.fail(r.at("data"), QStringLiteral("missing: the picture's bytes in base64"));
    if (!d->is_string())
        r.expected("data", "the picture's bytes in base64", *d);
    const std::string &b64 = d->get_ref<const std::string &>();
    if (qint64(b64.size()) > (kMaxPictureBytes + 2) / 3 * 4 + 4)
        st.fail(r.at("data"), QStringLiteral("the picture is larger than 2 MiB"));
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(b64), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        st.fail(r.at("data"), QStringLiteral("is not base64"));
    out.data = *decoded;
    const PictureCheck check = checkPicture(out.data);
    if (check.type.isEmpty())
        st.fail(r.at("data"), QStringLiteral("the picture %1").arg(check.refusal));
    if (!type.isEmpty() && type != check.type)
        st.fail(r.at("type"), QStringLiteral("\"%1\" is not the type of the picture, which is %2").arg(type.left(40), check.type));
    out.type = check.type;
    r.finish();
}

template<class T>
T readEntity(ImportState &st, const json &j, const QString &path)
{
    if (!j.is_object())
        st.fail(path, QStringLiteral("expected an object, found %1").arg(QString::fromLatin1(jsonTypeName(j))));
    T e;
    JsonReader r{st, j, path, {}};
    if (const json *idj = r.find("id")) {
        if (!idj->is_string())
            r.expected("id", "a UUID string", *idj);
        e.id = QUuid::fromString(QString::fromStdString(idj->get_ref<const std::string &>()));
        if (e.id.isNull())
            st.fail(path + "/id", QStringLiteral("\"%1\" is not a UUID").arg(QString::fromStdString(idj->get<std::string>())));
    } else {
        e.id = newId(); // hand-written plans may leave ids out
    }
    if (st.kindOf.contains(e.id))
        st.fail(path + "/id", QStringLiteral("id %1 is used already at %2").arg(idText(e.id), st.pathOf.value(e.id)));
    st.kindOf.insert(e.id, Kind<T>::table);
    st.pathOf.insert(e.id, path);
    fields(r, e);
    if constexpr (nests<T>) {
        // A nesting kind's own sub-entries, within its nesting limit.
        const char *key = Kind<T>::nestedKey;
        r.find(key);
        const int depth = int(path.count('/' + QLatin1String(key) + '/')) + (qstrcmp(key, Kind<T>::key) == 0 ? 0 : 1);
        const auto sub = j.find(key);
        constexpr bool goal = std::is_same_v<T, Goal>; // a sub-goal's "subgoals" of any type is refused
        const bool atLimit = depth >= maxDepth<T>();
        if (atLimit && sub != j.end() && !sub->empty() && (sub->is_array() || goal))
            st.fail(path + '/' + QLatin1String(key), goal ? QStringLiteral("a sub-goal cannot have sub-goals of its own")
                                                          : QStringLiteral("sections are nested more than %1 levels deep").arg(maxDepth<T>()));
        if (!atLimit || !goal)
            readList(st, j, key, path, Kind<T>::children(e));
    }
    if constexpr (std::is_same_v<T, Goal>)
        r.find("indicators"); // read by readFollowupJson
    if constexpr (hasChildKind<T>) {
        const char *key = Kind<typename ChildKindOf<T>::type>::key;
        r.find(key);
        readList(st, j, key, path, Kind<T>::children(e));
    }
    r.finish();
    return e;
}

template<class T>
void readList(ImportState &st, const json &parent, const char *key, const QString &parentPath, QList<T> &out, bool required)
{
    const QString path = parentPath + '/' + QString::fromLatin1(key);
    auto it = parent.find(key);
    if (it == parent.end()) {
        if (required)
            st.fail(path, QStringLiteral("missing"));
        return;
    }
    if (!it->is_array())
        st.fail(path, QStringLiteral("expected an array, found %1").arg(QString::fromLatin1(jsonTypeName(*it))));
    out.reserve(qsizetype(it->size()));
    for (size_t i = 0; i < it->size(); ++i)
        out.append(readEntity<T>(st, (*it)[i], path + '/' + QString::number(i)));
}

// Line and column (1-based, columns counted in characters) of a byte offset.
QPair<int, int> lineColumn(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i)
        if ((uchar(bytes[i]) & 0xC0) != 0x80)
            ++column;
    return {line, column};
}

QString place(const QByteArray &bytes, qsizetype offset)
{
    const auto [l, c] = lineColumn(bytes, offset);
    return QStringLiteral("%1:%2").arg(l).arg(c);
}

// Refuses nesting deeper than kJsonMaxDepth before the parser sees it, and
// counts the keys of every object (the parser keeps one value per key).
qsizetype checkDepthAndCountKeys(const QByteArray &bytes, const QString &file)
{
    bool inObject[kJsonMaxDepth + 1] = {false};
    int depth = 0;
    bool inString = false;
    bool expectKey = false;
    qsizetype keys = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            keys += expectKey;
            expectKey = false;
        } else if (c == '{' || c == '[') {
            if (++depth > kJsonMaxDepth)
                throw PlanError(file, place(bytes, i), QStringLiteral("nested more than %1 levels deep").arg(kJsonMaxDepth));
            inObject[depth] = expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            depth = std::max(depth - 1, 0);
            expectKey = false;
        } else if (c == ',') {
            expectKey = inObject[depth];
        }
    }
    return keys;
}

// The number of members of all objects in `j` (nested kJsonMaxDepth deep at most).
qsizetype countMembers(const json &j)
{
    qsizetype n = 0;
    if (j.is_object()) {
        n += qsizetype(j.size());
        for (const auto &member : j)
            n += countMembers(member);
    } else if (j.is_array()) {
        for (const auto &element : j)
            n += countMembers(element);
    }
    return n;
}

// Only called when `bytes` (valid JSON) has a key twice in one object:
// throws PlanError at the second one, naming the first.
[[noreturn]] void refuseDuplicateKey(const QByteArray &bytes, const QString &file)
{
    struct Object {
        bool isObject;
        std::map<std::string, qsizetype> keys; // decoded key, offset of its first use
    };
    std::vector<Object> stack;
    bool expectKey = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '"') {
            const qsizetype start = i;
            for (++i; i < bytes.size() && bytes[i] != '"'; ++i)
                if (bytes[i] == '\\')
                    ++i;
            if (expectKey && !stack.empty()) {
                const auto raw = bytes.mid(start, i - start + 1);
                const std::string key = json::parse(raw.constBegin(), raw.constEnd()).get<std::string>();
                const auto [it, isNew] = stack.back().keys.emplace(key, start);
                if (!isNew)
                    throw PlanError(file, place(bytes, start),
                                    QStringLiteral("the key \"%1\" is given twice in one object (first at %2)")
                                        .arg(QString::fromStdString(key), place(bytes, it->second)));
            }
            expectKey = false;
        } else if (c == '{' || c == '[') {
            stack.push_back({c == '{', {}});
            expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
            expectKey = false;
        } else if (c == ',') {
            expectKey = !stack.empty() && stack.back().isObject;
        }
    }
    throw PlanError(file, {}, QStringLiteral("a key is given twice in one object"));
}

} // namespace

const char *jsonTypeName(const nlohmann::json &j)
{
    switch (j.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::boolean: return "a boolean";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::object: return "an object";
    case nlohmann::json::value_t::discarded: return "nothing";
    default: return "a number";
    }
}

QByteArray exportPlanJson(const Plan &plan)
{
    ojson root = ojson::object();
    root["format"] = kJsonFormatName;
    root["formatVersion"] = kJsonFormatVersion;
    ojson info = ojson::object();
    JsonWriter w{info};
    fields(w, plan.info);
    pictureJson(info, "logo", plan.info.logo);
    pictureJson(info, "coverImage", plan.info.cover);
    root["plan"] = std::move(info);
    forEachKind([&]<class T>() {
        if constexpr (isTopKind<T>)
            root[Kind<T>::key] = listJson(Kind<T>::list(plan));
    });
    writeFollowupJson(root, plan);
    std::string out = root.dump(2, ' ', false, nlohmann::detail::error_handler_t::strict);
    out += '\n';
    return QByteArray::fromStdString(out);
}

Plan importPlanJson(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.trimmed().isEmpty())
        throw PlanError(fileName, {}, QStringLiteral("the file is empty; expected a Planverk plan in JSON"));
    return importPlanJsonValue(parseJson(bytes, fileName), fileName);
}

template<class T>
T importEntryJson(const nlohmann::json &entry, const QString &where)
{
    ImportState st{where, {}, {}, {}};
    return readEntity<T>(st, entry, QString());
}

template<class T>
nlohmann::ordered_json exportEntryJson(const T &entry)
{
    ojson o = entityJson(entry);
    if constexpr (nests<T>)
        o.erase(Kind<T>::nestedKey);
    if constexpr (hasChildKind<T>)
        o.erase(Kind<typename ChildKindOf<T>::type>::key);
    return o;
}

// Every kind's importEntryJson() and exportEntryJson(), compiled here.
template<class... T>
constexpr auto entryReaders(KindList<T...>)
{
    return std::tuple{&importEntryJson<T>..., &exportEntryJson<T>...};
}
auto planJsonEntryReaders = entryReaders(AllKinds{});

Plan importPlanJsonValue(const nlohmann::json &root, const QString &fileName)
{
    ImportState st{fileName, {}, {}, {}};
    if (!root.is_object())
        st.fail(QStringLiteral("/"), QStringLiteral("expected an object with a Planverk plan, found %1").arg(QString::fromLatin1(jsonTypeName(root))));
    const auto fmt = root.find("format");
    if (fmt == root.end() || !fmt->is_string() || fmt->get<std::string>() != kJsonFormatName)
        st.fail(QStringLiteral("/format"), QStringLiteral("expected \"%1\"; this is not a Planverk plan").arg(QString::fromLatin1(kJsonFormatName)));
    const auto ver = root.find("formatVersion");
    if (ver == root.end() || !ver->is_number_integer())
        st.fail(QStringLiteral("/formatVersion"), QStringLiteral("expected a whole number"));
    if (ver->get<long long>() > kJsonFormatVersion)
        st.fail(QStringLiteral("/formatVersion"),
                QStringLiteral("version %1 was written by a newer Planverk; this one reads up to version %2").arg(ver->get<long long>()).arg(kJsonFormatVersion));
    if (ver->get<long long>() < 1)
        st.fail(QStringLiteral("/formatVersion"), QStringLiteral("expected 1 or higher"));

    Plan plan;
    const auto info = root.find("plan");
    if (info == root.end() || !info->is_object())
        st.fail(QStringLiteral("/plan"), QStringLiteral("expected an object with the plan's title and settings"));
    JsonReader ir{st, *info, QStringLiteral("/plan"), {}};
    fields(ir, plan.info);
    readPicture(st, ir, "logo", plan.info.logo);
    readPicture(st, ir, "coverImage", plan.info.cover);
    ir.finish();

    QSet<QString> topKeys{"format", "formatVersion", "plan", "versions" /* io/versionjson.h */,
                          "reportingPeriods", "statusReports" /* io/followupjson.h */};
    forEachKind([&]<class T>() {
        if constexpr (isTopKind<T>) {
            readList(st, root, Kind<T>::key, {}, Kind<T>::list(plan));
            topKeys.insert(QString::fromLatin1(Kind<T>::key));
        }
    });
    readFollowupJson(root, fileName, plan);
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!topKeys.contains(QString::fromStdString(it.key())))
            st.fail('/' + QString::fromStdString(it.key()), QStringLiteral("unknown field"));

    for (const PendingRef &r : st.refs) {
        const char *kind = st.kindOf.value(r.id, nullptr);
        if (!kind)
            st.fail(r.path, QStringLiteral("refers to %1, which is not in the plan").arg(idText(r.id)));
        if (qstrcmp(kind, r.kind) != 0)
            st.fail(r.path, QStringLiteral("refers to %1 at %2, which is not a %3").arg(idText(r.id), st.pathOf.value(r.id), QString::fromLatin1(r.kind)));
    }
    return plan;
}

json parseJson(const QByteArray &bytes, const QString &fileName)
{
    const qsizetype keys = checkDepthAndCountKeys(bytes, fileName);
    json parsed;
    try {
        parsed = json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const json::parse_error &e) {
        // e.byte is 1-based and points just past the offending character.
        std::string what = e.what();
        const auto colon = what.find(": ", what.find("column"));
        std::string msg = colon == std::string::npos ? what : what.substr(colon + 2);
        throw PlanError(fileName, place(bytes, qsizetype(e.byte) - 1), QString::fromStdString(msg));
    } catch (const json::exception &e) {
        // A number too large for a double, and the like (found by fuzzing).
        std::string what = e.what();
        const auto bracket = what.find("] ");
        throw PlanError(fileName, {}, QString::fromStdString(bracket == std::string::npos ? what : what.substr(bracket + 2)));
    }
    // A key given twice would be resolved silently (the last one wins).
    if (countMembers(parsed) != keys)
        refuseDuplicateKey(bytes, fileName);
    return parsed;
}

json readJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        throw PlanError(path, {}, QStringLiteral("no such file"));
    if (!f.open(QIODevice::ReadOnly))
        throw PlanError(path, {}, QStringLiteral("cannot be read: %1").arg(f.errorString()));
    return parseJson(f.readAll(), path);
}

Plan readPlanJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        throw PlanError(path, {}, QStringLiteral("no such file"));
    if (!f.open(QIODevice::ReadOnly))
        throw PlanError(path, {}, QStringLiteral("cannot be read: %1").arg(f.errorString()));
    return importPlanJson(f.readAll(), path);
}

} // namespace planverk
