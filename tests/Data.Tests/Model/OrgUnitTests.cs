using BotApp.Data.Entities;

namespace BotApp.Data.Tests.Model;

public sealed class OrgUnitTests
{
    [Fact]
    public void A_child_path_extends_its_parent_path()
    {
        var branch = OrgUnit.Root("NB", "宁波分公司", OrgUnitKind.Branch);
        var county = branch.AddChild("YY", "余姚分公司", OrgUnitKind.CountyBranch);
        var team = county.AddChild("YY-ZQ", "政企团队", OrgUnitKind.Department);

        Assert.Equal("/NB/YY/YY-ZQ/", team.Path);
        Assert.True(branch.Contains(team));
        Assert.True(county.Contains(county));
        Assert.False(county.Contains(branch));
    }

    [Fact]
    public void A_unit_does_not_contain_a_sibling_whose_code_starts_with_its_own()
    {
        var branch = OrgUnit.Root("NB", "宁波分公司", OrgUnitKind.Branch);

        Assert.False(branch.AddChild("YY", "余姚", OrgUnitKind.CountyBranch).Contains(branch.AddChild("YYZ", "另一个", OrgUnitKind.CountyBranch)));
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("N/B")]
    [InlineData("N%")]
    [InlineData("N_B")]
    [InlineData("")]
    public void Codes_that_could_confuse_a_path_prefix_are_refused(string code) =>
        Assert.Throws<ArgumentException>(() => OrgUnit.Root(code, "x", OrgUnitKind.Branch));
}
