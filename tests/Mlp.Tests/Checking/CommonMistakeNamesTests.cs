using Mlp.Checking;
using Mlp.Rendering;

namespace Mlp.Tests.Checking;

public class CommonMistakeNamesTests
{
    [Fact]
    public void Describe_EveryMistake_TransliteratesToAscii()
    {
        foreach (var mistake in Enum.GetValues<CommonMistake>())
        {
            var ascii = AsciiText.Transliterate(mistake.Describe());

            Assert.All(ascii, character => Assert.True(character < 128, $"'{character}' in {mistake}: {ascii}"));
        }
    }
}
