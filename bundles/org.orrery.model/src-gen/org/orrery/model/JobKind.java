/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Job Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Workloads of the source experiments.
 * <!-- end-model-doc -->
 * @see org.orrery.model.OrreryPackage#getJobKind()
 * @model
 * @generated
 */
public enum JobKind implements Enumerator {
	/**
	 * The '<em><b>Idle</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IDLE_VALUE
	 * @generated
	 * @ordered
	 */
	IDLE(0, "idle", "idle"),

	/**
	 * The '<em><b>Hpl</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HPL_VALUE
	 * @generated
	 * @ordered
	 */
	HPL(1, "hpl", "hpl"),

	/**
	 * The '<em><b>Heat Diffusion</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEAT_DIFFUSION_VALUE
	 * @generated
	 * @ordered
	 */
	HEAT_DIFFUSION(2, "heatDiffusion", "heatDiffusion"),

	/**
	 * The '<em><b>Kernbench</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KERNBENCH_VALUE
	 * @generated
	 * @ordered
	 */
	KERNBENCH(3, "kernbench", "kernbench"),

	/**
	 * The '<em><b>Specjbb</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECJBB_VALUE
	 * @generated
	 * @ordered
	 */
	SPECJBB(4, "specjbb", "specjbb"),

	/**
	 * The '<em><b>Parsec</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARSEC_VALUE
	 * @generated
	 * @ordered
	 */
	PARSEC(5, "parsec", "parsec"),

	/**
	 * The '<em><b>Superpi</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERPI_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERPI(6, "superpi", "superpi"),

	/**
	 * The '<em><b>Npb</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NPB_VALUE
	 * @generated
	 * @ordered
	 */
	NPB(7, "npb", "npb"),

	/**
	 * The '<em><b>Dbench</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DBENCH_VALUE
	 * @generated
	 * @ordered
	 */
	DBENCH(8, "dbench", "dbench"),

	/**
	 * The '<em><b>Map Reduce</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAP_REDUCE_VALUE
	 * @generated
	 * @ordered
	 */
	MAP_REDUCE(9, "mapReduce", "mapReduce"),

	/**
	 * The '<em><b>Web Server</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEB_SERVER_VALUE
	 * @generated
	 * @ordered
	 */
	WEB_SERVER(10, "webServer", "webServer"),

	/**
	 * The '<em><b>Database</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATABASE_VALUE
	 * @generated
	 * @ordered
	 */
	DATABASE(11, "database", "database"),

	/**
	 * The '<em><b>Cpu Hog</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CPU_HOG_VALUE
	 * @generated
	 * @ordered
	 */
	CPU_HOG(12, "cpuHog", "cpuHog"),

	/**
	 * The '<em><b>Browser Benchmark</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BROWSER_BENCHMARK_VALUE
	 * @generated
	 * @ordered
	 */
	BROWSER_BENCHMARK(13, "browserBenchmark", "browserBenchmark");

	/**
	 * The '<em><b>Idle</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IDLE
	 * @model name="idle"
	 * @generated
	 * @ordered
	 */
	public static final int IDLE_VALUE = 0;

	/**
	 * The '<em><b>Hpl</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HPL
	 * @model name="hpl"
	 * @generated
	 * @ordered
	 */
	public static final int HPL_VALUE = 1;

	/**
	 * The '<em><b>Heat Diffusion</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEAT_DIFFUSION
	 * @model name="heatDiffusion"
	 * @generated
	 * @ordered
	 */
	public static final int HEAT_DIFFUSION_VALUE = 2;

	/**
	 * The '<em><b>Kernbench</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KERNBENCH
	 * @model name="kernbench"
	 * @generated
	 * @ordered
	 */
	public static final int KERNBENCH_VALUE = 3;

	/**
	 * The '<em><b>Specjbb</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECJBB
	 * @model name="specjbb"
	 * @generated
	 * @ordered
	 */
	public static final int SPECJBB_VALUE = 4;

	/**
	 * The '<em><b>Parsec</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARSEC
	 * @model name="parsec"
	 * @generated
	 * @ordered
	 */
	public static final int PARSEC_VALUE = 5;

	/**
	 * The '<em><b>Superpi</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERPI
	 * @model name="superpi"
	 * @generated
	 * @ordered
	 */
	public static final int SUPERPI_VALUE = 6;

	/**
	 * The '<em><b>Npb</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NPB
	 * @model name="npb"
	 * @generated
	 * @ordered
	 */
	public static final int NPB_VALUE = 7;

	/**
	 * The '<em><b>Dbench</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DBENCH
	 * @model name="dbench"
	 * @generated
	 * @ordered
	 */
	public static final int DBENCH_VALUE = 8;

	/**
	 * The '<em><b>Map Reduce</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAP_REDUCE
	 * @model name="mapReduce"
	 * @generated
	 * @ordered
	 */
	public static final int MAP_REDUCE_VALUE = 9;

	/**
	 * The '<em><b>Web Server</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEB_SERVER
	 * @model name="webServer"
	 * @generated
	 * @ordered
	 */
	public static final int WEB_SERVER_VALUE = 10;

	/**
	 * The '<em><b>Database</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATABASE
	 * @model name="database"
	 * @generated
	 * @ordered
	 */
	public static final int DATABASE_VALUE = 11;

	/**
	 * The '<em><b>Cpu Hog</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CPU_HOG
	 * @model name="cpuHog"
	 * @generated
	 * @ordered
	 */
	public static final int CPU_HOG_VALUE = 12;

	/**
	 * The '<em><b>Browser Benchmark</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BROWSER_BENCHMARK
	 * @model name="browserBenchmark"
	 * @generated
	 * @ordered
	 */
	public static final int BROWSER_BENCHMARK_VALUE = 13;

	/**
	 * An array of all the '<em><b>Job Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final JobKind[] VALUES_ARRAY =
		new JobKind[] {
			IDLE,
			HPL,
			HEAT_DIFFUSION,
			KERNBENCH,
			SPECJBB,
			PARSEC,
			SUPERPI,
			NPB,
			DBENCH,
			MAP_REDUCE,
			WEB_SERVER,
			DATABASE,
			CPU_HOG,
			BROWSER_BENCHMARK,
		};

	/**
	 * A public read-only list of all the '<em><b>Job Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<JobKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Job Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JobKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			JobKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Job Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JobKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			JobKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Job Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JobKind get(int value) {
		switch (value) {
			case IDLE_VALUE: return IDLE;
			case HPL_VALUE: return HPL;
			case HEAT_DIFFUSION_VALUE: return HEAT_DIFFUSION;
			case KERNBENCH_VALUE: return KERNBENCH;
			case SPECJBB_VALUE: return SPECJBB;
			case PARSEC_VALUE: return PARSEC;
			case SUPERPI_VALUE: return SUPERPI;
			case NPB_VALUE: return NPB;
			case DBENCH_VALUE: return DBENCH;
			case MAP_REDUCE_VALUE: return MAP_REDUCE;
			case WEB_SERVER_VALUE: return WEB_SERVER;
			case DATABASE_VALUE: return DATABASE;
			case CPU_HOG_VALUE: return CPU_HOG;
			case BROWSER_BENCHMARK_VALUE: return BROWSER_BENCHMARK;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private JobKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //JobKind
