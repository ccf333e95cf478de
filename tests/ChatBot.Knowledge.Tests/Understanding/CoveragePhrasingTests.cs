using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Understanding;

/// <summary>Who the framework is for: related job titles, what it leaves out (police, fire, ambulance, 911) and pay.</summary>
public sealed class CoveragePhrasingTests
{
    [Theory]
    [InlineData("does this cover cab starters", "Cab Starter")]
    [InlineData("would an aircraft dispatcher fall under this framework?", "Aircraft Dispatcher")]
    [InlineData("bus dispatchers - included?", "Bus Dispatcher")]
    [InlineData("we employ bus and trolley dispatchers, does it apply to them?", "Bus and Trolley Dispatcher")]
    [InlineData("car distributor covered?", "Car Distributor")]
    [InlineData("cab station attendants in scope?", "Cab Station Attendant")]
    [InlineData("Does the framework apply to automobile rental dispatchers", "Automobile Rental Dispatcher")]
    [InlineData("airplane dispatch clerk?", "Airplane Dispatch Clerk")]
    [InlineData("is a car starter part of this", "Car Starter")]
    [InlineData("auto service dispatcher - does this framework cover that role?", "Auto Service Dispatcher")]
    [InlineData("can I use this for my bus starters 🚌", "Bus Starter")]
    [InlineData("Hiya, we run a small taxi firm and my cab starters have asked whether this skills framework is meant for them too. Is it?", "Cab Starter")]
    public void Read_RelatedTitle_IsCoverageOfThatTitle(string text, string title)
    {
        var coverage = ReadingAssert.Is<CoverageQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal(Seeds.DispatchersSoc, coverage.Framework.Occupation.SocCode);
        Assert.StartsWith(title, coverage.RelatedTitle, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("does this cover police dispatch?", "police")]
    [InlineData("can I use this for ambulance control room staff", "ambulance")]
    [InlineData("fire service dispatchers?", "fire")]
    [InlineData("999 call handlers - in scope?", "999")]
    [InlineData("is emergency dispatch part of this", "emergency")]
    [InlineData("what about 911 dispatchers", "911")]
    [InlineData("does this apply to EMS dispatch", "ems")]
    [InlineData("Does this cover police officers?", "police")]
    [InlineData("our county runs a joint control room for fire and ambulance, would the framework work for the people on those desks?", "ambulance")]
    public void Read_ExcludedService_IsScopeAboutThatService(string text, string service)
    {
        var scope = ReadingAssert.Is<ScopeQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Contains(scope.AskedAbout, term => term.Contains(service, StringComparison.OrdinalIgnoreCase));
        Assert.True(scope.NamesExcludedWork, text);
    }

    [Theory]
    [InlineData("what's out of scope for this framework?")]
    [InlineData("who is this framework actually for?")]
    [InlineData("what does this framework cover?")]
    [InlineData("does it apply to fleet dispatchers?")]
    [InlineData("is a taxi dispatcher covered?")]
    public void Read_ScopeInGeneral_IsScopeNamingNothingExcluded(string text)
    {
        var scope = ReadingAssert.Is<ScopeQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.False(scope.NamesExcludedWork, text);
    }

    [Fact]
    public void Read_PublicSafetyDispatchers_IsScopeAboutExcludedWork()
    {
        const string text = "is this framework for public safety dispatchers";

        var scope = ReadingAssert.Is<ScopeQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal("public safety", Assert.Single(scope.AskedAbout));
        Assert.True(scope.NamesExcludedWork);
    }

    [Theory]
    [InlineData("how much do dispatchers make?")]
    [InlineData("what's the salary")]
    [InlineData("pay for a 911 operator vs a dispatcher?")]
    [InlineData("avg wage?")]
    [InlineData("what do they earn per year")]
    [InlineData("is there salary info in here")]
    [InlineData("how much does a senior dispatcher get paid")]
    [InlineData("what's the going rate for dispatchers 💰")]
    [InlineData("salery?")]
    [InlineData("what do 911 operators make?")]
    [InlineData("dispatcher or 911 operator: which pays more?")]
    [InlineData("is a 911 call taker better remunerated?")]
    [InlineData("how much more do dispatchers make than 911 staff?")]
    public void Read_PayQuestion_IsSalary(string text)
    {
        ReadingAssert.Is<SalaryQuestion>(Seeds.SharedReader.Read(text), text);
    }
}
