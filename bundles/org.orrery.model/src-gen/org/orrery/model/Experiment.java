/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An experiment: a world, a scenario in time, policy choices and a seed, run on the simulator or on libvirt; it keeps its result series.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.Experiment#getModel <em>Model</em>}</li>
 *   <li>{@link org.orrery.model.Experiment#getEngine <em>Engine</em>}</li>
 *   <li>{@link org.orrery.model.Experiment#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.orrery.model.Experiment#getDurationS <em>Duration S</em>}</li>
 *   <li>{@link org.orrery.model.Experiment#getRepetitions <em>Repetitions</em>}</li>
 *   <li>{@link org.orrery.model.Experiment#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.orrery.model.Experiment#getPolicies <em>Policies</em>}</li>
 *   <li>{@link org.orrery.model.Experiment#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getExperiment()
 * @model
 * @generated
 */
public interface Experiment extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The world the experiment runs over. Empty means: the world containing the experiment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model</em>' reference.
	 * @see #setModel(World)
	 * @see org.orrery.model.OrreryPackage#getExperiment_Model()
	 * @model
	 * @generated
	 */
	World getModel();

	/**
	 * Sets the value of the '{@link org.orrery.model.Experiment#getModel <em>Model</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' reference.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(World value);

	/**
	 * Returns the value of the '<em><b>Engine</b></em>' attribute.
	 * The default value is <code>"simulator"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.Engine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Simulator or real hypervisors through libvirt. Default simulator.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Engine</em>' attribute.
	 * @see org.orrery.model.Engine
	 * @see #setEngine(Engine)
	 * @see org.orrery.model.OrreryPackage#getExperiment_Engine()
	 * @model default="simulator"
	 * @generated
	 */
	Engine getEngine();

	/**
	 * Sets the value of the '{@link org.orrery.model.Experiment#getEngine <em>Engine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engine</em>' attribute.
	 * @see org.orrery.model.Engine
	 * @see #getEngine()
	 * @generated
	 */
	void setEngine(Engine value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seed of the random streams; the same model, scenario and seed give the same trace. Default 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.orrery.model.OrreryPackage#getExperiment_Seed()
	 * @model default="1"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.orrery.model.Experiment#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Duration S</b></em>' attribute.
	 * The default value is <code>"3600.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Simulated or wall-clock length in seconds. Default 3600.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration S</em>' attribute.
	 * @see #setDurationS(double)
	 * @see org.orrery.model.OrreryPackage#getExperiment_DurationS()
	 * @model default="3600.0"
	 * @generated
	 */
	double getDurationS();

	/**
	 * Sets the value of the '{@link org.orrery.model.Experiment#getDurationS <em>Duration S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration S</em>' attribute.
	 * @see #getDurationS()
	 * @generated
	 */
	void setDurationS(double value);

	/**
	 * Returns the value of the '<em><b>Repetitions</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Runs to average (VIOLIN averaged 3). Default 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Repetitions</em>' attribute.
	 * @see #setRepetitions(int)
	 * @see org.orrery.model.OrreryPackage#getExperiment_Repetitions()
	 * @model default="1"
	 * @generated
	 */
	int getRepetitions();

	/**
	 * Sets the value of the '{@link org.orrery.model.Experiment#getRepetitions <em>Repetitions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repetitions</em>' attribute.
	 * @see #getRepetitions()
	 * @generated
	 */
	void setRepetitions(int value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.ScenarioStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happens when, in time order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getExperiment_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScenarioStep> getSteps();

	/**
	 * Returns the value of the '<em><b>Policies</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.PolicyChoice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mechanisms chosen, with their parameters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policies</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getExperiment_Policies()
	 * @model containment="true"
	 * @generated
	 */
	EList<PolicyChoice> getPolicies();

	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.ResultSeries}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Result series recorded by runs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Results</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getExperiment_Results()
	 * @model containment="true"
	 * @generated
	 */
	EList<ResultSeries> getResults();

} // Experiment
