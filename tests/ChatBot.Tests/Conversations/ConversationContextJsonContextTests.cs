using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Conversations;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Tests.Conversations;

/// <summary>
/// A conversation's context as it is kept in Redis: all of it comes back, including properties added to the record
/// after this was written, and it stays small.
/// </summary>
public sealed class ConversationContextJsonContextTests
{
    // Compared by their JSON, not by the record's equality: a collection property added later would compare by reference.
    [Fact]
    public void Serialize_AContextAboutADomainAtALevel_ReadsBackTheSameAsSmallJsonWithEnumsByName()
    {
        var context = new ConversationContext
        {
            SocCode = "43-5032.00",
            Level = ProficiencyLevel.Advanced,
            DomainName = "Communication",
            Focus = new ConversationFocus(FocusKind.Domain, ProficiencyLevel.Advanced, "Communication"),
        };

        var json = Serialize(context);
        var back = Deserialize(json)!;

        Assert.Equal(json, Serialize(back));
        Assert.Equal(("43-5032.00", ProficiencyLevel.Advanced, "Communication"), (back.SocCode, back.Level, back.DomainName));
        Assert.Equal(new ConversationFocus(FocusKind.Domain, ProficiencyLevel.Advanced, "Communication"), back.Focus);
        Assert.Contains("\"level\":\"Advanced\"", json, StringComparison.Ordinal);
        Assert.InRange(json.Length, 1, 512);
    }

    [Fact]
    public void Serialize_TheEmptyContext_ReadsBackEmptyWithoutWritingItsNulls()
    {
        var json = Serialize(ConversationContext.Empty);
        var back = Deserialize(json)!;

        Assert.Equal(json, Serialize(back));
        Assert.Equal((null, null, null, null), (back.SocCode, back.Level, back.DomainName, back.Focus));
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_EveryPublicPropertySet_WritesEachAndReadsEachBack()
    {
        // Filled by reflection, so a property added to the record is covered without touching this test; one whose
        // type cannot be written and read back (or has no public setter) fails here rather than losing context.
        var context = (ConversationContext)SampleValue(typeof(ConversationContext), depth: 0);

        var json = Serialize(context);
        var again = Serialize(Deserialize(json)!);

        Assert.Equal(json, again);
        var written = JsonNode.Parse(json)!.AsObject();
        Assert.All(
            typeof(ConversationContext).GetProperties(BindingFlags.Public | BindingFlags.Instance),
            property => Assert.True(written.ContainsKey(JsonNamingPolicy.CamelCase.ConvertName(property.Name)), $"{property.Name} is not written"));
    }

    [Fact]
    public void Deserialize_APropertyThisVersionDoesNotKnow_IsIgnored()
    {
        // An instance of the next version, mid-deployment, may write what this one does not know yet.
        var context = Deserialize("""{"socCode":"43-5032.00","level":"Proficient","addedLater":["x"]}""")!;

        Assert.Equal(("43-5032.00", ProficiencyLevel.Proficient), (context.SocCode, context.Level));
    }

    private static string Serialize(ConversationContext context) =>
        JsonSerializer.Serialize(context, ConversationContextJsonContext.Default.ConversationContext);

    private static ConversationContext? Deserialize(string json) =>
        JsonSerializer.Deserialize(json, ConversationContextJsonContext.Default.ConversationContext);

    /// <summary>A value of <paramref name="type"/> that is not its default, with every settable property set likewise.</summary>
    private static object SampleValue(Type type, int depth)
    {
        Assert.True(depth < 5, $"{type} nests too deeply for this test to fill");
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return SampleValue(underlying, depth);
        }

        if (type == typeof(string))
        {
            return "sample";
        }

        if (type.IsEnum)
        {
            // The last member: the first is often the zero a missing value would also read as.
            return Enum.GetValues(type).Cast<object>().Last();
        }

        if (type.IsPrimitive || type == typeof(decimal))
        {
            return type == typeof(bool) ? true : Convert.ChangeType(7, type, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (type.IsArray)
        {
            var array = Array.CreateInstance(type.GetElementType()!, 1);
            array.SetValue(SampleValue(type.GetElementType()!, depth + 1), 0);
            return array;
        }

        if (type.IsGenericType && SampleCollection(type, depth) is { } collection)
        {
            return collection;
        }

        if (type.GetConstructor(Type.EmptyTypes) is { } parameterless && type.IsClass)
        {
            var value = parameterless.Invoke(null);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.SetMethod?.IsPublic == true))
            {
                property.SetValue(value, SampleValue(property.PropertyType, depth + 1));
            }

            return value;
        }

        var constructor = type.GetConstructors().OrderByDescending(candidate => candidate.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"No public constructor to build a sample {type}; add a case for it to this test.");
        return constructor.Invoke([.. constructor.GetParameters().Select(parameter => SampleValue(parameter.ParameterType, depth + 1))]);
    }

    private static object? SampleCollection(Type type, int depth)
    {
        var definition = type.GetGenericTypeDefinition();
        var arguments = type.GetGenericArguments();
        if (arguments.Length == 1)
        {
            var item = SampleValue(arguments[0], depth + 1);
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(arguments[0]))!;
            list.Add(item);
            if (definition == typeof(ImmutableArray<>))
            {
                return typeof(ImmutableArray).GetMethods().Single(method => method.Name == nameof(ImmutableArray.CreateRange) && method.GetParameters().Length == 1)
                    .MakeGenericMethod(arguments[0]).Invoke(null, [list]);
            }

            if (definition == typeof(ImmutableList<>) || definition == typeof(IImmutableList<>))
            {
                return typeof(ImmutableList).GetMethods().Single(method => method.Name == nameof(ImmutableList.CreateRange) && method.GetParameters().Length == 1)
                    .MakeGenericMethod(arguments[0]).Invoke(null, [list]);
            }

            if (definition == typeof(HashSet<>) || definition == typeof(ISet<>) || definition == typeof(IReadOnlySet<>))
            {
                return Activator.CreateInstance(typeof(HashSet<>).MakeGenericType(arguments[0]), list);
            }

            return type.IsAssignableFrom(list.GetType()) ? list : null;
        }

        if (arguments.Length == 2 && arguments[0] == typeof(string))
        {
            var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments))!;
            dictionary.Add("key", SampleValue(arguments[1], depth + 1));
            return type.IsAssignableFrom(dictionary.GetType()) ? dictionary : null;
        }

        return null;
    }
}
